import { beforeEach, describe, expect, it } from 'vitest';
import { createMessageRouter } from '../../utils/background/message-router';
import type { Sender } from '../../utils/background/sender-policy';
import { CourierLensDatabase } from '../../utils/storage/database';
import { backgroundDeps } from '../helpers/background-deps';
import { FACTS } from '../helpers/sample-facts';

const SELF = { id: 'test-extension-id', origin: 'chrome-extension://test-extension-id/' };
const COMPARE_PAGE: Sender = { id: SELF.id, url: `${SELF.origin}compare.html#carriers` };
const CONTENT_SCRIPT: Sender = { id: SELF.id, url: 'https://item.taobao.com/item.htm?id=1', tab: { id: 3 } };

let db: CourierLensDatabase;
let opened: string[];
let route: ReturnType<typeof createMessageRouter>;

beforeEach(() => {
	db = new CourierLensDatabase(`switch-${Math.random()}`);
	opened = [];
	route = createMessageRouter(
		backgroundDeps(db, () => new Date('2026-12-01T10:00:00+08:00'), {
			openExtensionPage: async (path) => {
				opened.push(path);
			},
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
		expect(await route({ name: 'cs.openSwitchCalculator', data: { origin: '33' } }, CONTENT_SCRIPT)).toEqual({
			ok: true,
			value: null,
		});
		await route({ name: 'cs.openSwitchCalculator', data: { origin: null } }, CONTENT_SCRIPT);
		expect(opened).toEqual(['/compare.html#carriers?origin=33', '/compare.html#carriers']);
		expect(await route({ name: 'cs.openSwitchCalculator', data: { origin: 'x' } }, CONTENT_SCRIPT)).toMatchObject({
			error: { code: 'invalid_message' },
		});
		expect(await route({ name: 'cs.openSwitchCalculator', data: { origin: '33' } }, COMPARE_PAGE)).toMatchObject({
			error: { code: 'forbidden' },
		});
	});

	it('gives every estimate row p50 ≤ p90 days for the page’s route', async () => {
		const reply = await route(
			{ name: 'cs.estimate', data: { facts: FACTS, destination: '65', weightGrams: null, strategy: null } },
			CONTENT_SCRIPT,
		);
		if (!reply.ok) throw new Error(reply.error.detail);
		const rows = (reply.value as { estimate: { rows: { days: { p50Tenths: number; p90Tenths: number } }[] } }).estimate
			.rows;
		expect(rows.length).toBe(10);
		for (const row of rows) expect(row.days.p50Tenths).toBeLessThanOrEqual(row.days.p90Tenths);
	});
});
