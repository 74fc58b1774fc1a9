/** Real URLs the jd-shop adapter must accept; the URL-matrix test checks that no other adapter does. Test data: the product never imports it. */
export const TEST_URLS: readonly string[] = [
	'https://mall.jd.com/index-1000000921.html',
	'http://mall.jd.com/index-1000000921.html?cl_fixture=jd-shop-2018.html',
	'https://mall.jd.com/index-139046.html?from=pc',
];
