/** Real URLs the tmall-shop adapter must accept; the URL-matrix test checks that no other adapter does. Test data: the product never imports it. */
export const TEST_URLS: readonly string[] = [
	'https://winshare.tmall.com/',
	'http://winshare.tmall.com/?cl_fixture=tmall-shop-2024.html',
	'https://nike.tmall.com/index.htm',
	'https://uniqlo.tmall.com/search.htm?search=y&orderType=hotsell_desc',
	'https://huawei.tmall.com/category-1323431452.htm',
];
