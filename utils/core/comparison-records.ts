import {
	CHANGE_FIELDS,
	type ChangeField,
	MAX_CHANGES_PER_PAGE,
	type PageChange,
	type PageRecord,
	SAME_VISIT_MS,
} from './comparison-model';
import type { Reason } from './estimate-model';
import type { PageFacts } from './page-facts';

/** Item and shop ids as marketplaces write them (digits, or letters, digits and dashes on 1688). */
export const PAGE_ID_PATTERN = /^[A-Za-z0-9_.-]{1,100}$/;
export const PAGE_KEY_PATTERN = /^(taobao|tmall|jd|pdd|1688):(item|shop):[A-Za-z0-9_.-]{1,100}$/;

/** `<platform>:item:<itemId>` or `<platform>:shop:<shopId>`; null for blocked pages and pages without an id. */
export function pageKeyOf(facts: Pick<PageFacts, 'platform' | 'pageType' | 'itemId' | 'shopId'>): string | null {
	const id = facts.pageType === 'item' ? facts.itemId : facts.pageType === 'shop' ? facts.shopId : null;
	return id !== null && PAGE_ID_PATTERN.test(id) ? `${facts.platform}:${facts.pageType}:${id}` : null;
}

/** The page's address without query string or fragment (they carry tracking ids, not the page); '' when not http(s). */
export function addressWithoutQuery(url: string): string {
	const match = /^(https?:\/\/[^?#\s]+)/i.exec(url.trim());
	return match?.[1] ?? '';
}

/** What one reading says about a page, before it is merged with earlier visits. */
type Reading = Omit<PageRecord, 'firstSeen' | 'lastSeen' | 'visits' | 'changes'>;

function readingOf(facts: PageFacts, key: string): Reading {
	return {
		key,
		platform: facts.platform,
		pageType: facts.pageType === 'shop' ? 'shop' : 'item',
		itemId: facts.itemId,
		shopId: facts.shopId,
		shopName: facts.shopName,
		title: facts.title,
		url: addressWithoutQuery(facts.url),
		priceFen: facts.price?.fen ?? null,
		listedFeeFen: facts.shippingFee?.fen ?? null,
		listedFeeText: facts.shippingFee?.raw ?? null,
		shipFromText: facts.shipFrom?.raw ?? null,
		shipFromProvince: facts.shipFrom?.province ?? null,
		deliveryPromise: facts.deliveryPromise,
		carrierText: facts.carrier?.raw ?? null,
		carrierId: facts.carrier?.id ?? null,
		weightGrams: facts.weight?.grams ?? null,
		paymentBadges: facts.paymentBadges,
	};
}

/**
 * Identifies a reading: the same page read with the same facts gives the same text (the visit gate counts a
 * reading once per tab). Null when the facts name no page.
 */
export function readingFingerprint(facts: PageFacts): string | null {
	const key = pageKeyOf(facts);
	return key === null ? null : JSON.stringify(readingOf(facts, key));
}

/**
 * The value a change is written in, per field; null when the page does not say. Ship-from and carrier fall
 * back to the page's words when they name no province or known carrier.
 */
function changeValue(record: Reading, field: ChangeField): string | number | null {
	switch (field) {
		case 'price':
			return record.priceFen;
		case 'listedFee':
			return record.listedFeeFen;
		case 'shipFrom':
			return record.shipFromProvince ?? record.shipFromText;
		case 'carrier':
			return record.carrierId ?? record.carrierText;
	}
}

/** Fields the reading knows; unknown ones keep what an earlier visit read (an unread fact is not a change). */
function knownOver(previous: Reading, next: Reading): Reading {
	const merged: Record<string, unknown> = { ...previous };
	for (const [name, value] of Object.entries(next)) {
		const known = Array.isArray(value) ? value.length > 0 : value !== null && value !== '';
		if (known) merged[name] = value;
	}
	return merged as Reading;
}

/** Keeps the newest MAX_CHANGES_PER_PAGE changes, oldest first. */
function lastChanges(changes: PageChange[]): PageChange[] {
	return changes.length > MAX_CHANGES_PER_PAGE ? changes.slice(-MAX_CHANGES_PER_PAGE) : changes;
}

/**
 * The record after one more visit: first seen kept, last seen and visits moved on, and a change written for
 * each watched field whose value was known before and is known now and differs. The same reading within
 * SAME_VISIT_MS of the last visit is that visit: `previous` itself comes back (nothing to write). Pure: storage
 * and the panel's preview both use it. Returns null when the facts name no page (blocked, no id).
 */
export function recordVisit(previous: PageRecord | undefined, facts: PageFacts, seenAt: string): PageRecord | null {
	const key = pageKeyOf(facts);
	if (key === null) return null;
	const reading = readingOf(facts, key);
	if (!previous) return { ...reading, firstSeen: seenAt, lastSeen: seenAt, visits: 1, changes: [] };
	const changes = [...previous.changes];
	for (const field of CHANGE_FIELDS) {
		const from = changeValue(previous, field);
		const to = changeValue(reading, field);
		if (from !== null && to !== null && from !== to) changes.push({ field, at: seenAt, from, to });
	}
	const merged = knownOver(previous, reading);
	const sameVisit =
		changes.length === previous.changes.length &&
		Date.parse(seenAt) - Date.parse(previous.lastSeen) < SAME_VISIT_MS &&
		JSON.stringify(merged) === JSON.stringify(previous);
	if (sameVisit) return previous;
	return {
		...merged,
		firstSeen: previous.firstSeen,
		lastSeen: seenAt > previous.lastSeen ? seenAt : previous.lastSeen,
		visits: previous.visits + 1,
		changes: lastChanges(changes),
	};
}

const changeId = (change: PageChange) => `${change.at}|${change.field}|${change.from}|${change.to}`;

/**
 * Two records of the same page (an import over what is stored): facts from the one seen last, first seen the
 * earliest, last seen the latest, visits the larger count, changes the union. Importing the same file twice
 * changes nothing, and the order of two imports does not matter.
 */
export function mergeRecords(stored: PageRecord, incoming: PageRecord): PageRecord {
	const [older, newer] = incoming.lastSeen > stored.lastSeen ? [stored, incoming] : [incoming, stored];
	const byId = new Map<string, PageChange>();
	for (const change of [...older.changes, ...newer.changes]) byId.set(changeId(change), change);
	const changes = [...byId.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
	return {
		...newer,
		firstSeen: [stored.firstSeen, incoming.firstSeen].sort()[0] ?? stored.firstSeen,
		visits: Math.max(stored.visits, incoming.visits),
		changes: lastChanges(changes),
	};
}

/** The price before the last visit, when that visit changed it (the row's `data-prev-price-fen`); else null. */
export function priceBeforeLastVisit(record: PageRecord): number | null {
	for (let i = record.changes.length - 1; i >= 0; i--) {
		const change = record.changes[i];
		if (change?.at !== record.lastSeen) break;
		if (change.field === 'price' && typeof change.from === 'number') return change.from;
	}
	return null;
}

/** Month and day of an ISO timestamp in the merchant's time zone, for "since 11/20". */
function monthDay(iso: string): { month: number; day: number } {
	const date = new Date(iso);
	return Number.isNaN(date.getTime()) ? { month: 0, day: 0 } : { month: date.getMonth() + 1, day: date.getDate() };
}

/**
 * A change as a sentence (`compare_change_<field>`): from and to named after what they hold, which the views
 * word as money, a province or a carrier, and the month and day it was seen.
 */
export function changeReason(change: PageChange): Reason {
	const seen = monthDay(change.at);
	const text = (value: string | number) => String(value);
	const fen = (value: string | number) => (typeof value === 'number' ? value : Number(value));
	switch (change.field) {
		case 'price':
			return { code: 'compare_change_price', params: { fromFen: fen(change.from), toFen: fen(change.to), ...seen } };
		case 'listedFee':
			return {
				code: 'compare_change_listed_fee',
				params: { fromFen: fen(change.from), toFen: fen(change.to), ...seen },
			};
		case 'shipFrom':
			return {
				code: 'compare_change_ship_from',
				params: { fromProvince: text(change.from), toProvince: text(change.to), ...seen },
			};
		case 'carrier':
			return {
				code: 'compare_change_carrier',
				params: { fromCarrier: text(change.from), toCarrier: text(change.to), ...seen },
			};
	}
}
