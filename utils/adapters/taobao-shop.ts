import { aliShopAdapter } from './ali-shop';

/** Taobao hosts that are not shops (search, item, login, trade, cart, API, channels…). */
const NOT_SHOPS = new Set(
	'www s item login buyertrade cart world i my favorite rate trade buy h5 m main help ju tejia uland pages guang ai market detail list passport member err wuliu sell seller myseller fuwu service bbs shop store open huodong mall chaoshi tmall travel alipay qianniu h5api'.split(
		' ',
	),
);

/** Taobao shop homes: shopNNN.taobao.com and vanity hosts such as 52126.taobao.com. */
export const taobaoShop = aliShopAdapter({
	id: 'taobao-shop',
	platform: 'taobao',
	suffix: '.taobao.com',
	notShops: NOT_SHOPS,
});
