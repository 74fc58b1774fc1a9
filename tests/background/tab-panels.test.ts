import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMessageRouter } from '../../utils/background/message-router';
import type { Sender } from '../../utils/background/sender-policy';
import { READING_BURST, READING_REFILL_MS, VISITS_PER_DOCUMENT } from '../../utils/background/tab-panels';
import type { PageFacts } from '../../utils/core/page-facts';
import { CourierLensDatabase } from '../../utils/storage/database';
import { backgroundDeps } from '../helpers/background-deps';
import { FACTS } from '../helpers/sample-facts';
import { fakeTabs, readingOf, VIEW } from './fake-tabs';

const SELF = { id: 'ext', origin: 'chrome-extension://ext/' };
const TAB = 5;
const PAGE: Sender = { id: SELF.id, url: 'https://item.taobao.com/item.htm?id=1', tab: { id: TAB }, frameId: 0 };
const FRAME: Sender = { id: SELF.id, url: `${SELF.origin}panel.html`, tab: { id: TAB }, frameId: 9 };
const POPUP: Sender = { id: SELF.id, url: `${SELF.origin}popup.html` };

let db: CourierLensDatabase;
let tabs: ReturnType<typeof fakeTabs>;
let now: number;

const router = () =>
	createMessageRouter(
		backgroundDeps(db, () => new Date(now), { tabs: tabs.transport }),
		SELF,
	);
let route: ReturnType<typeof router>;

/** The page as it reads with another shop id: a distinct reading (at the same address). */
const shop = (id: number): PageFacts => ({ ...FACTS, shopId: String(id), shopName: `店${id}` });
/** Another item page, as an SPA navigation reaches it: another address, another shop. */
const item = (id: number): PageFacts => ({
	...shop(id),
	itemId: String(id),
	url: `https://item.taobao.com/item.htm?id=${id}`,
});
const read = (facts: PageFacts = FACTS) =>
	route({ name: 'cs.reading', data: { reading: readingOf(facts), view: VIEW } }, PAGE);
const estimates = () => tabs.states(TAB).at(-1)?.estimates ?? 0;
/** The visit is written after the push (a timer), then Dexie commits. */
const pageRows = async () => {
	await vi.advanceTimersByTimeAsync(1);
	return db.pages.count();
};

beforeEach(async () => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
	now = Date.parse('2026-11-27T02:00:00Z');
	db = new CourierLensDatabase(`tabs-${Math.random()}`);
	tabs = fakeTabs();
	route = router();
	await route({ name: 'panel.hello', data: null }, FRAME);
});
afterEach(() => vi.useRealTimers());

describe('tab panels', () => {
	it('the same reading twice is estimated once and recorded once', async () => {
		await read();
		await read();
		expect(estimates()).toBe(1);
		expect(tabs.states(TAB)).toHaveLength(1);
		expect(await pageRows()).toBe(1);
	});

	it('going back to a reading seen before reuses its estimate', async () => {
		await read(shop(1));
		await read(shop(2));
		await read(shop(1));
		expect(estimates()).toBe(2);
		expect(tabs.states(TAB).at(-1)?.reading?.facts?.shopId).toBe('1');
	});

	it('new readings are rate-limited per tab; the latest waits for the next token and no visit is lost for it', async () => {
		for (let i = 0; i < 50; i++) await read(item(i));
		expect(estimates()).toBe(READING_BURST);
		expect(await pageRows()).toBe(READING_BURST);
		now += READING_REFILL_MS;
		await vi.advanceTimersByTimeAsync(READING_REFILL_MS);
		// The waiting reading is estimated once the page's standing is read from the database.
		await vi.waitFor(() => expect(estimates()).toBe(READING_BURST + 1));
		expect(tabs.states(TAB).at(-1)?.reading?.facts?.shopId).toBe('49');
		expect(await pageRows()).toBe(READING_BURST + 1);
	});

	it('a page rewriting its shop in place, at one address, is one visit however often it is read', async () => {
		for (let i = 0; i < 40; i++) {
			now += READING_REFILL_MS;
			await read(shop(i));
		}
		expect(estimates()).toBe(40);
		expect(await pageRows()).toBe(1);
	});

	it('an SPA flipping through items for minutes records at most a bounded number of visits per page load', async () => {
		for (let i = 0; i < 200; i++) {
			now += READING_REFILL_MS;
			await read(item(i));
		}
		expect(estimates()).toBe(200);
		expect(await pageRows()).toBe(VISITS_PER_DOCUMENT);
		// A new page load (cs.hello) may record again.
		await route({ name: 'cs.hello', data: null }, PAGE);
		now += READING_REFILL_MS;
		await read(item(1000));
		expect(await pageRows()).toBe(VISITS_PER_DOCUMENT + 1);
	});

	it('a new page load forgets what the last page read and chose', async () => {
		await read();
		await route({ name: 'panel.choose', data: { destination: '65', weightGrams: null, strategy: null } }, FRAME);
		await route({ name: 'cs.hello', data: null }, PAGE);
		expect(await route({ name: 'ui.getTabState', data: { tabId: TAB } }, POPUP)).toEqual({ ok: true, value: null });
		await read();
		expect(tabs.states(TAB).at(-1)?.choices).toEqual({ destination: null, weightGrams: null, strategy: null });
	});

	it('a reload of the same page is a fresh estimate, and one visit until the reading changes', async () => {
		await read();
		await route({ name: 'cs.hello', data: null }, PAGE);
		await read();
		expect(tabs.states(TAB)).toHaveLength(2);
		expect(await pageRows()).toBe(1);
		expect(await db.pages.get('taobao:item:1')).toMatchObject({ shopName: '小店', visits: 1 });
		await route({ name: 'cs.hello', data: null }, PAGE);
		now += READING_REFILL_MS;
		await read({ ...FACTS, price: { text: '25.90', fen: 2590 } });
		expect(await pageRows()).toBe(1);
		expect(await db.pages.get('taobao:item:1')).toMatchObject({ visits: 2 });
	});

	it("the panel's choices re-estimate without the rate limit or a visit", async () => {
		for (let i = 0; i < READING_BURST; i++) await read(item(i));
		const choose = { destination: '65', weightGrams: 2500, strategy: 'most_reliable' } as const;
		await route({ name: 'panel.choose', data: choose }, FRAME);
		const last = tabs.states(TAB).at(-1);
		expect(last?.choices).toEqual(choose);
		expect(last?.estimate).toMatchObject({
			destination: '65',
			strategy: 'most_reliable',
			parcel: { actualGrams: 2500 },
		});
		expect(await pageRows()).toBe(READING_BURST);
	});

	it('each distinct reading, failed ones too, goes to the adapter-health log with host and path only', async () => {
		await read();
		await read();
		const failed = { ok: false, platform: 'jd', adapterId: 'jd-item', reason: 'jd-item: TypeError: x' } as const;
		await route({ name: 'cs.reading', data: { reading: failed, view: VIEW } }, PAGE);
		await vi.waitFor(async () => expect(await db.readings.count()).toBe(2));
		const logged = await db.readings.toArray();
		expect(logged.map((r) => [r.adapterId, r.outcome, r.host, r.path])).toEqual(
			expect.arrayContaining([
				['taobao-item', 'partial', 'item.taobao.com', '/item.htm'],
				['jd-item', 'failed', 'item.taobao.com', '/item.htm'],
			]),
		);
		expect(JSON.stringify(logged)).not.toContain('id=1');
	});

	it('the view alone goes to the frame without an estimate', async () => {
		await read();
		await route({ name: 'cs.view', data: { ...VIEW, covered: true, theme: 'dark' } }, PAGE);
		expect(tabs.states(TAB).at(-1)).toMatchObject({ estimates: 1, view: { covered: true, theme: 'dark' } });
	});

	it('every push carries a higher revision', async () => {
		await read(shop(1));
		await route({ name: 'cs.view', data: { ...VIEW, dock: 'left' } }, PAGE);
		await read(shop(2));
		const revisions = tabs.states(TAB).map((s) => s.revision);
		expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
		expect(new Set(revisions).size).toBe(revisions.length);
	});

	it('a restarted background finds the tab in session storage; a closed tab is forgotten', async () => {
		await read();
		route = router(); // the service worker slept: nothing in memory
		expect(await route({ name: 'ui.getTabState', data: { tabId: TAB } }, POPUP)).toMatchObject({
			ok: true,
			value: { facts: { shopId: '42' } },
		});
		await route({ name: 'panel.choose', data: { destination: '44', weightGrams: null, strategy: null } }, FRAME);
		expect(tabs.sent.at(-1)).toMatchObject({ frameId: 9, message: { state: { estimate: { destination: '44' } } } });
		tabs.close(TAB);
		expect([...tabs.session.keys()]).toEqual([]);
	});

	it('a reading of no seller page empties the panel; a failed read is an error without an estimate', async () => {
		await read();
		await route({ name: 'cs.reading', data: { reading: null, view: VIEW } }, PAGE);
		expect(tabs.states(TAB).at(-1)).toMatchObject({ reading: null, estimate: null });
		const failed = { ok: false, platform: 'jd', adapterId: 'jd-item', reason: 'jd-item: TypeError: x' } as const;
		await route({ name: 'cs.reading', data: { reading: failed, view: VIEW } }, PAGE);
		expect(tabs.states(TAB).at(-1)).toMatchObject({ reading: { facts: null }, estimate: null, errorCode: 'internal' });
	});

	it('the frame that says hello gets the current state, and pushes go to that frame', async () => {
		await read();
		const hello = await route({ name: 'panel.hello', data: null }, { ...FRAME, frameId: 12 });
		expect(hello).toMatchObject({ ok: true, value: { tabId: TAB, reading: { facts: { shopId: '42' } } } });
		await route({ name: 'cs.view', data: { ...VIEW, layout: 'compact' } }, PAGE);
		expect(tabs.sent.at(-1)?.frameId).toBe(12);
	});
});
