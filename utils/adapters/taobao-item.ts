import { readAliItem } from './ali-item';
import { isWeb, type SiteAdapter } from './site-adapter';

/** Taobao item pages: legacy g_config/#J_ ids, React 2023 hashed classes, ICE 2025 inline context. */
export const taobaoItem: SiteAdapter = {
	id: 'taobao-item',
	platform: 'taobao',
	// Seen in the fixtures' real markup; more layouts to come with their fixtures.
	keepClear: ['#J_LinkBuy', '#J_LinkBasket'],
	productArea: [],
	testUrls: [
		'https://item.taobao.com/item.htm?id=44788503208',
		'http://item.taobao.com/item.htm?spm=a1z10.1-c.w4004.1.abc&id=812345678901&skuId=5412345678901',
		'https://item.taobao.com/item.htm?id=44788503208&isNew=false',
		'https://item.taobao.com/item.htm?id=812345678901&cl_fixture=taobao-item-2025.html',
		'https://item.taobao.com/_____tmd_____/punish?x5secdata=abc&x5step=1',
	],
	matches: (url) =>
		isWeb(url) &&
		url.hostname === 'item.taobao.com' &&
		((url.pathname === '/item.htm' && /^\d+$/.test(url.searchParams.get('id') ?? '')) || /punish/.test(url.pathname)),
	read: (doc, url) => readAliItem(doc, url, 'taobao'),
};
