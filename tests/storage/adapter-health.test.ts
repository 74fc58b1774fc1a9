import { beforeEach, describe, expect, it } from 'vitest';
import type { PageReading } from '../../utils/adapters/site-adapter';
import { readingRecord, recordReading } from '../../utils/background/adapter-health';
import { createMessageRouter } from '../../utils/background/message-router';
import { READINGS_KEPT_PER_ADAPTER } from '../../utils/core/adapter-health';
import { CourierLensDatabase } from '../../utils/storage/database';
import { backgroundDeps } from '../helpers/background-deps';
import { FACTS } from '../helpers/sample-facts';

const SELF = { id: 'test-extension-id', origin: 'chrome-extension://test-extension-id/' };
const OPTIONS = { id: SELF.id, url: `${SELF.origin}options.html` };
const URL_WITH_QUERY = 'https://item.taobao.com/item.htm?id=1&spm=a1z10#detail';

const complete: PageReading = {
	ok: true,
	facts: { ...FACTS, missing: [] },
	diagnostics: { adapterId: 'taobao-item', strategies: { price: 'embedded', shipFrom: 'dom' }, readMs: 2.34 },
};
const partial: PageReading = {
	ok: true,
	facts: { ...FACTS, missing: ['weight', 'shipFrom'] },
	diagnostics: { adapterId: 'taobao-item', strategies: { price: 'embedded' }, readMs: 3 },
};
const failed: PageReading = {
	ok: false,
	platform: 'jd',
	adapterId: 'jd-item',
	reason: 'jd-item: TypeError: 小店 ¥29.90',
};
const at = (n: number) => new Date(Date.UTC(2026, 10, 27, 0, 0, n)).toISOString();

let db: CourierLensDatabase;
beforeEach(() => {
	db = new CourierLensDatabase(`health-${Math.random()}`);
});

describe('adapter health', () => {
	it('keeps outcome, strategies, missing facts and timing, with the host and path only', () => {
		expect(readingRecord(partial, URL_WITH_QUERY, at(1))).toEqual({
			adapterId: 'taobao-item',
			at: at(1),
			outcome: 'partial',
			pageType: 'item',
			strategies: { price: 'embedded' },
			missing: ['weight', 'shipFrom'],
			readMs: 3,
			host: 'item.taobao.com',
			path: '/item.htm',
		});
		expect(readingRecord(complete, URL_WITH_QUERY, at(1))).toMatchObject({ outcome: 'complete', missing: [] });
		// No query string, shop name, price or failure text (it may quote the page) is kept.
		const kept = JSON.stringify(
			[complete, partial, failed].map((reading) => readingRecord(reading, URL_WITH_QUERY, at(1))),
		);
		expect(kept).not.toMatch(/spm|id=1|detail|小店|29\\.90|2990|TypeError/);
	});

	it('a missing fact the page type cannot show does not make a shop page partial', () => {
		const shop: PageReading = {
			ok: true,
			facts: { ...FACTS, pageType: 'shop', missing: ['price', 'weight', 'shipFrom'] },
			diagnostics: { adapterId: 'taobao-shop', strategies: {}, readMs: 1 },
		};
		expect(readingRecord(shop, 'https://shop42.taobao.com/', at(1))).toMatchObject({
			outcome: 'complete',
			missing: [],
		});
	});

	it('keeps the last 50 readings per adapter and counts them for the options view', async () => {
		for (let n = 0; n < READINGS_KEPT_PER_ADAPTER + 10; n++) {
			await recordReading(db, { reading: n % 3 === 0 ? partial : complete, url: URL_WITH_QUERY, at: at(n) });
		}
		await recordReading(db, { reading: failed, url: 'https://item.jd.com/100.html', at: at(99) });
		expect(
			await db.readings.where('[adapterId+at]').between(['taobao-item', ''], ['taobao-item', '\uffff']).count(),
		).toBe(READINGS_KEPT_PER_ADAPTER);
		// The oldest went: readings 10…59 remain, of which 10, 12 … are partial when n % 3 === 0.
		const kept = Array.from({ length: 50 }, (_, i) => i + 10);
		const partials = kept.filter((n) => n % 3 === 0).length;
		const route = createMessageRouter(
			backgroundDeps(db, () => new Date()),
			SELF,
		);
		expect(await route({ name: 'ui.getAdapterHealth', data: null }, OPTIONS)).toEqual({
			ok: true,
			value: [
				{ adapterId: 'jd-item', complete: 0, partial: 0, failed: 1, lastAt: at(99), lastMissing: [] },
				{
					adapterId: 'taobao-item',
					complete: 50 - partials,
					partial: partials,
					failed: 0,
					lastAt: at(59),
					lastMissing: [],
				},
			],
		});
	});
});
