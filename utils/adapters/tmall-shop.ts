import { aliShopAdapter } from './ali-shop';

/** Tmall hosts that are not shops (detail, search list, supermarket, channels, login, cart…). */
const NOT_SHOPS = new Set(
	'www detail list chaoshi login cart buy pages vip mei 3c jx ju brand fw member err help service rate mdskip suggest s search m h5 miao mall sale huodong yao food car world pre tmall'.split(
		' ',
	),
);

/** Tmall shop homes: {name}.tmall.com. */
export const tmallShop = aliShopAdapter({
	id: 'tmall-shop',
	platform: 'tmall',
	suffix: '.tmall.com',
	notShops: NOT_SHOPS,
});
