import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageRouter } from '../../utils/background/message-router';
import type { Sender } from '../../utils/background/sender-policy';
import { READING_BURST } from '../../utils/background/tab-panels';
import type { PageRecord } from '../../utils/core/comparison-model';
import { recordVisit } from '../../utils/core/comparison-records';
import type { PageFacts } from '../../utils/core/page-facts';
import type { Reply } from '../../utils/core/result';
import type { PanelTabState, RecordingProblem } from '../../utils/messaging/protocol';
import { CourierLensDatabase } from '../../utils/storage/database';
import { backgroundDeps } from '../helpers/background-deps';
import { FACTS } from '../helpers/sample-facts';
import { fakeTabs, readingOf, VIEW } from './fake-tabs';

const SELF = { id: 'test-extension-id', origin: 'chrome-extension://test-extension-id/' };
const COMPARE_PAGE: Sender = { id: SELF.id, url: `${SELF.origin}compare.html#shops` };
const tab = (id: number): Sender => ({ id: SELF.id, url: 'https://item.taobao.com/item.htm?id=1', tab: { id } });
const panelIn = (id: number): Sender => ({ id: SELF.id, url: `${SELF.origin}panel.html`, tab: { id }, frameId: 3 });

let db: CourierLensDatabase;
let route: ReturnType<typeof createMessageRouter>;
let keptProblem: RecordingProblem | null;
let opened: string[];
let clockMs: number;
let pagesChanged: number;
let tabs: ReturnType<typeof fakeTabs>;
let highlighted: string[];

beforeEach(() => {
	fakeBrowser.reset();
	db = new CourierLensDatabase(`compare-${Math.random()}`);
	keptProblem = null;
	opened = [];
	pagesChanged = 0;
	clockMs = Date.parse('2026-11-27T02:00:00.000Z');
	tabs = fakeTabs();
	highlighted = [];
	route = createMessageRouter(
		backgroundDeps(db, () => new Date(clockMs), {
			announcePagesChange: async () => {
				pagesChanged++;
			},
			openExtensionPage: async (path) => {
				opened.push(path);
			},
			rememberCompareHighlight: async (key) => {
				highlighted.push(key);
			},
			recordingProblem: {
				read: async () => keptProblem,
				keep: async (problem) => {
					keptProblem = problem;
				},
			},
			tabs: tabs.transport,
		}),
		SELF,
	);
});

afterEach(() => {
	vi.restoreAllMocks();
});

const value = <T>(reply: Reply<unknown>): T => {
	if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.detail}`);
	return reply.value as T;
};
/** A reading from a tab's content script; the reply is the tab's state as its panel frame gets it. */
const estimate = async (facts: PageFacts, sender = tab(7)): Promise<Reply<PanelTabState>> => {
	const reply = await route({ name: 'cs.reading', data: { reading: readingOf(facts), view: VIEW } }, sender);
	if (!reply.ok) return reply;
	const stored = tabs.session.get(`panel:${sender.tab?.id}`) as { state: PanelTabState };
	return { ok: true, value: stored.state };
};
/** A new page load in the tab (the content script says hello), then its reading. */
const visit = async (facts: PageFacts, sender = tab(7)) => {
	await route({ name: 'cs.hello', data: null }, sender);
	return estimate(facts, sender);
};
/** Lets the write scheduled after the reply run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const item = (id: string, overrides: Partial<PageFacts> = {}): PageFacts => ({
	...FACTS,
	itemId: id,
	url: `https://item.taobao.com/item.htm?id=${id}`,
	...overrides,
});

describe('recording from page readings', () => {
	it('records a visit after the reply, and the reply says how the page stands', async () => {
		await estimate(item('1', { shippingFee: { raw: '快递 ¥8', fen: 800 } }));
		await estimate(item('2'));
		await settle();
		const reply = value<PanelTabState>(await estimate(item('3')));
		expect(reply.comparison).toMatchObject({
			key: 'taobao:item:3',
			visited: 2,
			freeShipping: 1,
			sameShipFrom: { province: '33', count: 2 },
			latestChange: null,
		});
		await settle();
		expect(await db.pages.count()).toBe(3);
		// Each recorded visit tells an open compare.html to reload.
		expect(pagesChanged).toBe(3);
	});

	it('a revisit with a changed price: the reply carries the change, the row keeps the previous price', async () => {
		await visit(item('1'));
		await settle();
		clockMs += 86_400_000;
		const reply = value<PanelTabState>(await visit(item('1', { price: { text: '25.90', fen: 2590 } })));
		expect(reply.comparison?.latestChange).toEqual({
			code: 'compare_change_price',
			params: { fromFen: 2990, toFen: 2590, month: 11, day: 28 },
		});
		await settle();
		expect(await db.pages.get('taobao:item:1')).toMatchObject({ visits: 2, priceFen: 2590 });
	});

	it('repeated and forged readings cannot add rows: one per distinct reading per tab, rate-limited', async () => {
		for (let i = 0; i < 5; i++) await visit(item('1'));
		await settle();
		expect(await db.pages.get('taobao:item:1')).toMatchObject({ visits: 1 });
		// A page script making its content script read 200 invented pages in a burst, in one page load.
		for (let i = 0; i < 200; i++) await estimate(item(`9${i}`), tab(8));
		await settle();
		// The first page, then tab 8's burst of readings (its visit gate, a burst of 10, is the backstop).
		expect(await db.pages.count()).toBe(1 + READING_BURST);
		// Other senders never reach the recorder.
		const forged = await estimate(item('forged'), {
			id: SELF.id,
			url: 'https://evil.example/item.htm',
			tab: { id: 9 },
		});
		expect(forged).toMatchObject({ ok: false, error: { code: 'forbidden' } });
	});

	it('records nothing with recording turned off', async () => {
		await route(
			{ name: 'ui.saveSettings', data: { patch: { recordVisits: false }, baseVersion: 0, overwrite: false } },
			COMPARE_PAGE,
		);
		await estimate(item('1'));
		await settle();
		expect(await db.pages.count()).toBe(0);
	});

	it('a full disk never breaks the estimate; the problem is kept for compare.html, and cleared by the next write', async () => {
		const put = vi.spyOn(db.pages, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
		const reply = await estimate(item('1'));
		expect(reply.ok).toBe(true);
		await settle();
		expect(keptProblem).toMatchObject({ code: 'quota', at: '2026-11-27T02:00:00.000Z' });
		const list = value<{ problem: RecordingProblem | null }>(
			await route({ name: 'ui.listPages', data: { order: 'recent', after: null, limit: 100 } }, COMPARE_PAGE),
		);
		expect(list.problem).toMatchObject({ code: 'quota' });
		put.mockRestore();
		await estimate(item('2'));
		await settle();
		expect(keptProblem).toBeNull();
	});

	it('a database that cannot be read still answers the estimate, without the standing', async () => {
		vi.spyOn(db.pages, 'get').mockRejectedValue(new Error('broken'));
		const reply = value<PanelTabState>(await estimate(item('1')));
		expect(reply.comparison).toBeNull();
		expect(reply.estimate?.rows.length).toBeGreaterThan(0);
		expect(keptProblem).toMatchObject({ code: 'storage' });
	});
});

describe('compare.html messages', () => {
	const rows = (count: number): PageRecord[] => {
		const base = recordVisit(undefined, FACTS, '2026-11-20T04:00:00.000Z');
		if (!base) throw new Error('recorded');
		return Array.from({ length: count }, (_, i) => ({
			...base,
			key: `taobao:item:${100 + i}`,
			itemId: String(100 + i),
		}));
	};
	const batch = (importId: string, index: number, count: number, items: PageRecord[]) =>
		route({ name: 'ui.importPages', data: { importId, index, count, items } }, COMPARE_PAGE);

	it('imports validated batches all at once when the last arrives', async () => {
		const all = rows(5);
		expect(value(await batch('import-0001', 0, 2, all.slice(0, 3)))).toEqual({ state: 'staged', received: 1 });
		expect(await db.pages.count()).toBe(0);
		expect(value(await batch('import-0001', 1, 2, all.slice(3)))).toEqual({
			state: 'done',
			imported: 5,
			total: 5,
			evicted: 0,
		});
		const list = value<{ rows: PageRecord[]; total: number }>(
			await route({ name: 'ui.listPages', data: { order: 'key', after: null, limit: 2 } }, COMPARE_PAGE),
		);
		expect(list.total).toBe(5);
		expect(list.rows).toHaveLength(2);
	});

	it('refuses a batch out of order, a page twice, or a row that is not the model; nothing is written', async () => {
		const all = rows(3);
		expect(await batch('import-0002', 1, 2, all)).toMatchObject({ ok: false, error: { code: 'import_interrupted' } });
		await batch('import-0003', 0, 2, all.slice(0, 2));
		expect(await batch('import-0003', 1, 2, all.slice(1))).toMatchObject({
			ok: false,
			error: { code: 'invalid_import' },
		});
		expect(await batch('import-0004', 0, 1, [{ ...all[0], priceFen: -1 } as PageRecord])).toMatchObject({
			ok: false,
			error: { code: 'invalid_message' },
		});
		expect(await db.pages.count()).toBe(0);
	});

	it('clears every row; a page left open is not recorded again by its panel, a new visit is', async () => {
		await estimate(item('1'));
		await settle();
		expect(value(await route({ name: 'ui.clearPages', data: null }, COMPARE_PAGE))).toBeNull();
		expect(await db.pages.count()).toBe(0);
		expect(pagesChanged).toBe(2);
		// The page is read again (a late render): the same reading in the same tab.
		await estimate(item('1'));
		await settle();
		expect(await db.pages.count()).toBe(0);
		await estimate(item('1'), tab(12));
		await settle();
		expect(await db.pages.count()).toBe(1);
	});

	it('opens compare.html from the panel and from extension pages, with a valid key only', async () => {
		await route({ name: 'panel.openCompare', data: { key: 'taobao:item:1' } }, panelIn(7));
		await route({ name: 'ui.openCompare', data: { key: null } }, COMPARE_PAGE);
		// The panel's key waits in session storage: the address is compare.html#shops exactly.
		expect(opened).toEqual(['/compare.html#shops', '/compare.html#shops']);
		expect(highlighted).toEqual(['taobao:item:1']);
		expect(await route({ name: 'ui.openCompare', data: { key: 'javascript:alert(1)' } }, COMPARE_PAGE)).toMatchObject({
			ok: false,
			error: { code: 'invalid_message' },
		});
		expect(await route({ name: 'ui.clearPages', data: null }, tab(7))).toMatchObject({
			ok: false,
			error: { code: 'forbidden' },
		});
	});
});
