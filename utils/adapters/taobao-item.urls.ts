/** Real URLs the taobao-item adapter must accept; the URL-matrix test checks that no other adapter does. Test data: the product never imports it. */
export const TEST_URLS: readonly string[] = [
	'https://item.taobao.com/item.htm?id=44788503208',
	'http://item.taobao.com/item.htm?spm=a1z10.1-c.w4004.1.abc&id=812345678901&skuId=5412345678901',
	'https://item.taobao.com/item.htm?id=44788503208&isNew=false',
	'https://item.taobao.com/item.htm?id=812345678901&cl_fixture=taobao-item-2025.html',
	'https://item.taobao.com/_____tmd_____/punish?x5secdata=abc&x5step=1',
	'https://item.taobao.com//item.htm/_____tmd_____/punish?x5secdata=abc&x5step=1',
];
