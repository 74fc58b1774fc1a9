/** Real URLs the taobao-shop adapter must accept; the URL-matrix test checks that no other adapter does. Test data: the product never imports it. */
export const TEST_URLS: readonly string[] = [
	'https://shop60811226.taobao.com/',
	'http://shop60811226.taobao.com/?cl_fixture=taobao-shop-2018.html',
	'https://52126.taobao.com/',
	'https://hyfushi2010.taobao.com/index.htm?spm=a1z10.1-c',
	'https://shop58241739.taobao.com/search.htm?search=y',
	'https://shop59996859.taobao.com/category-1234567.htm',
];
