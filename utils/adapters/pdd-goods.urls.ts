/** Real URLs the pdd-goods adapter must accept; the URL-matrix test checks that no other adapter does. Test data: the product never imports it. */
export const TEST_URLS: readonly string[] = [
	'https://mobile.yangkeduo.com/goods.html?goods_id=455510888249',
	'http://mobile.yangkeduo.com/goods.html?goods_id=455510888249&cl_fixture=pdd-goods.html',
	'https://mobile.yangkeduo.com/goods2.html?goods_id=123456789&page_from=23',
];
