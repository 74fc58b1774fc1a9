/** Real URLs the jd-item adapter must accept; the URL-matrix test checks that no other adapter does. Test data: the product never imports it. */
export const TEST_URLS: readonly string[] = [
	'https://item.jd.com/11451415418.html',
	'http://item.jd.com/100013116298.html?cl_fixture=jd-item-2020-selfrun.html',
	'https://item.jd.com/1968971961.html',
	'https://item.jd.com/100123456789.html#crumb-wrap',
];
