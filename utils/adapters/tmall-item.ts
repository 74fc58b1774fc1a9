import { readAliItem } from './ali-item';
import { isWeb, type SiteAdapter } from './site-adapter';

/** Tmall item pages: legacy TShop.Setup + #J_DetailMeta, the shared React app, and the 2025 SSR panel. */
export const tmallItem: SiteAdapter = {
	id: 'tmall-item',
	platform: 'tmall',
	// Seen in the fixtures' real markup; more layouts to come with their fixtures.
	keepClear: ['#J_LinkBuy', '#J_LinkBasket'],
	productArea: [],
	testUrls: [
		'https://detail.tmall.com/item.htm?id=4492887220',
		'http://detail.tmall.com/item.htm?spm=a220o.1000855.0.0&id=689012345678&skuId=4987654321098',
		'https://detail.tmall.com/item.htm?id=689012345678&cl_fixture=tmall-item-2025.html',
		'https://detail.tmall.com/_____tmd_____/punish?x5secdata=abc',
	],
	matches: (url) =>
		isWeb(url) &&
		url.hostname === 'detail.tmall.com' &&
		((url.pathname === '/item.htm' && /^\d+$/.test(url.searchParams.get('id') ?? '')) || /punish/.test(url.pathname)),
	read: (doc, url) => readAliItem(doc, url, 'tmall'),
};
