import { describe, expect, it } from 'vitest';
import { MAX_CHANGES_PER_PAGE, type PageRecord } from '../../utils/core/comparison-model';
import {
	addressWithoutQuery,
	mergeRecords,
	pageKeyOf,
	readingFingerprint,
	recordVisit,
} from '../../utils/core/comparison-records';
import type { PageFacts } from '../../utils/core/page-facts';
import { FACTS } from '../helpers/sample-facts';

const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T04:00:00.000Z`;

function visit(previous: PageRecord | undefined, facts: PageFacts, day: number): PageRecord {
	const record = recordVisit(previous, facts, at(day));
	if (!record) throw new Error('no page');
	return record;
}

describe('page keys', () => {
	it('items by item id, shops by shop id, nothing for blocked pages or pages without an id', () => {
		expect(pageKeyOf(FACTS)).toBe('taobao:item:1');
		expect(pageKeyOf({ ...FACTS, pageType: 'shop' })).toBe('taobao:shop:42');
		expect(pageKeyOf({ ...FACTS, platform: '1688', itemId: 'b2b-2212a' })).toBe('1688:item:b2b-2212a');
		expect(pageKeyOf({ ...FACTS, pageType: 'blocked' })).toBeNull();
		expect(pageKeyOf({ ...FACTS, itemId: null })).toBeNull();
		expect(pageKeyOf({ ...FACTS, itemId: '1:shop:2' })).toBeNull();
	});

	it('store the address without its query string (tracking ids), and nothing that is not http(s)', () => {
		expect(addressWithoutQuery('https://item.taobao.com/item.htm?id=1&spm=a1#detail')).toBe(
			'https://item.taobao.com/item.htm',
		);
		expect(addressWithoutQuery('javascript:alert(1)')).toBe('');
	});
});

describe('recording visits', () => {
	it('a first visit: first and last seen now, one visit, no change', () => {
		expect(visit(undefined, FACTS, 1)).toMatchObject({
			key: 'taobao:item:1',
			shopName: '小店',
			priceFen: 2990,
			listedFeeFen: 0,
			shipFromProvince: '33',
			url: 'https://item.taobao.com/item.htm',
			firstSeen: at(1),
			lastSeen: at(1),
			visits: 1,
			changes: [],
		});
	});

	it('writes a change only for a watched value that was known and differs', () => {
		const first = visit(undefined, FACTS, 1);
		const same = visit(first, FACTS, 2);
		expect(same).toMatchObject({ visits: 2, firstSeen: at(1), lastSeen: at(2), changes: [] });
		const changed = visit(
			same,
			{
				...FACTS,
				price: { text: '25.90', fen: 2590 },
				shippingFee: { raw: '快递 ¥8.00', fen: 800 },
				shipFrom: { raw: '广东广州', province: '44' },
				carrier: { raw: '中通', id: 'zto' },
				title: '新杯子',
			},
			3,
		);
		expect(changed.changes).toEqual([
			{ field: 'price', at: at(3), from: 2990, to: 2590 },
			{ field: 'listedFee', at: at(3), from: 0, to: 800 },
			{ field: 'shipFrom', at: at(3), from: '33', to: '44' },
		]);
		expect(changed.title).toBe('新杯子');
		expect(changed.carrierId).toBe('zto');
	});

	it('a fact the page no longer shows keeps its value and is no change', () => {
		const first = visit(undefined, FACTS, 1);
		const blind = visit(first, { ...FACTS, price: null, shipFrom: null, shopName: null, paymentBadges: [] }, 2);
		expect(blind).toMatchObject({ priceFen: 2990, shipFromProvince: '33', shopName: '小店', changes: [] });
		expect(blind.paymentBadges).toEqual(FACTS.paymentBadges);
	});

	it('the same reading within 30 minutes is the same visit; later, or with a changed fact, a new one', () => {
		const first = visit(undefined, FACTS, 1);
		const minutesLater = (minutes: number) => new Date(Date.parse(at(1)) + minutes * 60_000).toISOString();
		expect(recordVisit(first, FACTS, minutesLater(29))).toBe(first);
		expect(recordVisit(first, { ...FACTS, price: null }, minutesLater(29))).toBe(first);
		expect(recordVisit(first, FACTS, minutesLater(30))).toMatchObject({ visits: 2, lastSeen: minutesLater(30) });
		expect(recordVisit(first, { ...FACTS, title: '新标题' }, minutesLater(5))).toMatchObject({
			visits: 2,
			title: '新标题',
		});
	});

	it('keeps the last 20 changes, oldest dropped', () => {
		let record = visit(undefined, FACTS, 1);
		for (let day = 2; day <= 26; day++) record = visit(record, { ...FACTS, price: { text: '', fen: 1000 + day } }, day);
		expect(record.changes).toHaveLength(MAX_CHANGES_PER_PAGE);
		expect(record.changes.at(-1)).toMatchObject({ at: at(26), from: 1025, to: 1026 });
		expect(record.changes[0]).toMatchObject({ at: at(7) });
	});

	it('the same reading gives the same fingerprint; any recorded fact changes it', () => {
		expect(readingFingerprint(FACTS)).toBe(readingFingerprint({ ...FACTS, missing: [] }));
		expect(readingFingerprint(FACTS)).not.toBe(readingFingerprint({ ...FACTS, price: { text: '1', fen: 100 } }));
		expect(readingFingerprint({ ...FACTS, pageType: 'blocked' })).toBeNull();
	});
});

describe('merging an imported row over a stored one', () => {
	const stored = visit(visit(undefined, FACTS, 1), { ...FACTS, price: { text: '', fen: 2500 } }, 5);
	const theirs: PageRecord = {
		...visit(undefined, { ...FACTS, shopName: '小店(新)' }, 3),
		lastSeen: at(9),
		visits: 7,
		changes: [{ field: 'price', at: at(9), from: 2500, to: 2400 }],
	};

	it('takes facts from the later one, the earliest first seen, the larger visit count, both changes', () => {
		expect(mergeRecords(stored, theirs)).toMatchObject({
			shopName: '小店(新)',
			firstSeen: at(1),
			lastSeen: at(9),
			visits: 7,
			changes: [
				{ field: 'price', at: at(5), from: 2990, to: 2500 },
				{ field: 'price', at: at(9), from: 2500, to: 2400 },
			],
		});
	});

	it('is the same both ways round and changes nothing the second time', () => {
		const once = mergeRecords(stored, theirs);
		expect(mergeRecords(theirs, stored)).toEqual(once);
		expect(mergeRecords(once, theirs)).toEqual(once);
	});
});
