/** Real URLs the tmall-item adapter must accept; the URL-matrix test checks that no other adapter does. Test data: the product never imports it. */
export const TEST_URLS: readonly string[] = [
	'https://detail.tmall.com/item.htm?id=4492887220',
	'http://detail.tmall.com/item.htm?spm=a220o.1000855.0.0&id=689012345678&skuId=4987654321098',
	'https://detail.tmall.com/item.htm?id=689012345678&cl_fixture=tmall-item-2025.html',
	'https://detail.tmall.com/_____tmd_____/punish?x5secdata=abc',
	'https://detail.tmall.com//item.htm/_____tmd_____/punish?x5secdata=abc&x5step=1',
];
