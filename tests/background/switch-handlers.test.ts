import { beforeEach, describe, expect, it } from 'vitest';
import { createMessageRouter } from '../../utils/background/message-router';
import type { Sender } from '../../utils/background/sender-policy';
import { CourierLensDatabase } from '../../utils/storage/database';
import { backgroundDeps } from '../helpers/background-deps';
import { FACTS } from '../helpers/sample-facts';
import { fakeTabs, readingOf, VIEW } from './fake-tabs';

const SELF = { id: 'test-extension-id', origin: 'chrome-extension://test-extension-id/' };
const COMPARE_PAGE: Sender = { id: SELF.id, url: `${SELF.origin}compare.html#carriers` };
const CONTENT_SCRIPT: Sender = {
	id: SELF.id,
	url: 'https://item.taobao.com/item.htm?id=1',
	tab: { id: 3 },
	frameId: 0,
};
const PANEL_FRAME: Sender = { id: SELF.id, url: `${SELF.origin}panel.html`, tab: { id: 3 }, frameId: 7 };

let db: CourierLensDatabase;
let opened: string[];
let route: ReturnType<typeof createMessageRouter>;
let tabs: ReturnType<typeof fakeTabs>;

beforeEach(() => {
	tabs = fakeTabs();
	db = new CourierLensDatabase(`switch-${Math.random()}`);
	opened = [];
	route = createMessageRouter(
		backgroundDeps(db, () => new Date('2026-12-01T10:00:00+08:00'), {
			openExtensionPage: async (path) => {
				opened.push(path);
			},
			tabs: tabs.transport,
		}),
		SELF,
	);
});

describe('switch calculator messages', () => {
	it('keeps the counts of an order export and gives them back, zero counts dropped', async () => {
		expect(await route({ name: 'ui.getOrderMix', data: null }, COMPARE_PAGE)).toEqual({ ok: true, value: null });
		const saved = await route(
			{ name: 'ui.saveOrderMix', data: { counts: { '33': 4, '65': 1, '44': 0 }, rowsRead: 6, rowsPlaced: 5 } },
			COMPARE_PAGE,
		);
		const record = { counts: { '33': 4, '65': 1 }, rowsRead: 6, rowsPlaced: 5, importedAt: '2026-12-01T02:00:00.000Z' };
		expect(saved).toEqual({ ok: true, value: record });
		expect(await route({ name: 'ui.getOrderMix', data: null }, COMPARE_PAGE)).toEqual({ ok: true, value: record });
	});

	it.each([
		['counts that do not add up to the rows placed', { counts: { '33': 4 }, rowsRead: 6, rowsPlaced: 5 }],
		['more rows placed than read', { counts: { '33': 7 }, rowsRead: 6, rowsPlaced: 7 }],
		['a key that is no province', { counts: { '99': 5 }, rowsRead: 6, rowsPlaced: 5 }],
		['a fractional count', { counts: { '33': 4.5 }, rowsRead: 6, rowsPlaced: 4.5 }],
		[
			'anything besides counts (an address)',
			{ counts: { '33': 1 }, rowsRead: 1, rowsPlaced: 1, address: '浙江省杭州市' },
		],
	])('refuses %s and stores nothing', async (_why, data) => {
		expect(await route({ name: 'ui.saveOrderMix', data }, COMPARE_PAGE)).toMatchObject({
			ok: false,
			error: { code: 'invalid_message' },
		});
		expect(await db.orderMixes.count()).toBe(0);
	});

	it('takes order mixes only from the extension’s pages', async () => {
		const data = { counts: { '33': 1 }, rowsRead: 1, rowsPlaced: 1 };
		expect(await route({ name: 'ui.saveOrderMix', data }, CONTENT_SCRIPT)).toMatchObject({
			error: { code: 'forbidden' },
		});
		expect(await db.orderMixes.count()).toBe(0);
	});

	it('opens compare.html#carriers with the page’s origin for the panel (and without one)', async () => {
		expect(await route({ name: 'panel.openSwitchCalculator', data: { origin: '33' } }, PANEL_FRAME)).toEqual({
			ok: true,
			value: null,
		});
		await route({ name: 'panel.openSwitchCalculator', data: { origin: null } }, PANEL_FRAME);
		expect(opened).toEqual(['/compare.html#carriers?origin=33', '/compare.html#carriers']);
		expect(await route({ name: 'panel.openSwitchCalculator', data: { origin: 'x' } }, PANEL_FRAME)).toMatchObject({
			error: { code: 'invalid_message' },
		});
		for (const sender of [COMPARE_PAGE, CONTENT_SCRIPT])
			expect(await route({ name: 'panel.openSwitchCalculator', data: { origin: '33' } }, sender)).toMatchObject({
				error: { code: 'forbidden' },
			});
	});

	it('gives every estimate row p50 ≤ p90 days for the page’s route', async () => {
		await route({ name: 'panel.hello', data: null }, PANEL_FRAME);
		await route({ name: 'cs.reading', data: { reading: readingOf(FACTS), view: VIEW } }, CONTENT_SCRIPT);
		await route({ name: 'panel.choose', data: { destination: '65', weightGrams: null, strategy: null } }, PANEL_FRAME);
		const rows = (tabs.states(3).at(-1)?.estimate?.rows ?? []) as unknown as {
			days: { p50Tenths: number; p90Tenths: number };
		}[];
		expect(rows.length).toBe(10);
		for (const row of rows) expect(row.days.p50Tenths).toBeLessThanOrEqual(row.days.p90Tenths);
	});
});
