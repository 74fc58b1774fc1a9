/** Real URLs the alibaba-1688-offer adapter must accept; the URL-matrix test checks that no other adapter does. Test data: the product never imports it. */
export const TEST_URLS: readonly string[] = [
	'https://detail.1688.com/offer/813724060928.html',
	'http://detail.1688.com/offer/813724060928.html?cl_fixture=1688-offer-2022.html',
	'https://detail.1688.com/offer/673829104512.html?spm=a261y.7663282&sk=consign',
	'https://detail.1688.com/offer/813724060928.html/_____tmd_____/punish?x5secdata=abc&x5step=1',
];
