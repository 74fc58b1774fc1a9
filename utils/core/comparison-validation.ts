import * as v from 'valibot';
import {
	CHANGE_FIELDS,
	COMPARISON_FORMAT,
	COMPARISON_VERSION,
	MAX_CHANGES_PER_PAGE,
	MAX_RECORDED_PAGES,
	type PageRecord,
} from './comparison-model';
import { PAGE_ID_PATTERN, PAGE_KEY_PATTERN } from './comparison-records';
import { PROVINCES } from './geography';
import { CARRIER_IDS, PAYMENT_METHOD_IDS, PLATFORMS } from './ids';
import { MAX_FACT_FEN, MAX_FACT_GRAMS, MAX_FACT_TEXT, MAX_PAYMENT_BADGES } from './page-facts';

/**
 * A recorded page as it may enter the database: from an imported file, or in a message carrying one. Exactly
 * the model: unknown fields are dropped, texts capped, provinces one of the 31, times ISO 8601 in UTC.
 */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const isoTime = v.pipe(
	v.string(),
	v.regex(ISO_TIME),
	v.check((text) => !Number.isNaN(Date.parse(text))),
);
const text = v.pipe(v.string(), v.maxLength(MAX_FACT_TEXT));
const nullableText = v.nullable(text);
const fen = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_FACT_FEN));
const pageId = v.nullable(v.pipe(v.string(), v.regex(PAGE_ID_PATTERN)));
const url = v.pipe(text, v.regex(/^(?:https?:\/\/\S+)?$/i));
const changeValue = v.union([text, v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_FACT_FEN))]);

const keyMatchesId = (record: Pick<PageRecord, 'key' | 'platform' | 'pageType' | 'itemId' | 'shopId'>) =>
	record.key === `${record.platform}:${record.pageType}:${record.pageType === 'item' ? record.itemId : record.shopId}`;

export const pageRecordSchema = v.pipe(
	v.object({
		key: v.pipe(v.string(), v.regex(PAGE_KEY_PATTERN)),
		platform: v.picklist(PLATFORMS),
		pageType: v.picklist(['item', 'shop']),
		itemId: pageId,
		shopId: pageId,
		shopName: nullableText,
		title: nullableText,
		url,
		priceFen: v.nullable(fen),
		listedFeeFen: v.nullable(fen),
		listedFeeText: nullableText,
		shipFromText: nullableText,
		shipFromProvince: v.nullable(v.picklist(PROVINCES.map((province) => province.code))),
		deliveryPromise: nullableText,
		carrierText: nullableText,
		carrierId: v.nullable(v.picklist(CARRIER_IDS)),
		weightGrams: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_FACT_GRAMS))),
		paymentBadges: v.pipe(
			v.array(v.object({ raw: text, id: v.nullable(v.picklist(PAYMENT_METHOD_IDS)) })),
			v.maxLength(MAX_PAYMENT_BADGES),
		),
		firstSeen: isoTime,
		lastSeen: isoTime,
		visits: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000_000)),
		changes: v.pipe(
			v.array(v.object({ field: v.picklist(CHANGE_FIELDS), at: isoTime, from: changeValue, to: changeValue })),
			v.maxLength(MAX_CHANGES_PER_PAGE),
		),
	}),
	v.check((record) => keyMatchesId(record), 'key'),
	v.check((record) => record.firstSeen <= record.lastSeen, 'firstSeen'),
);

/**
 * What is wrong with an imported file, for the merchant: `row` is 1-based (null for the file itself), `field`
 * the JSON name, `kind` picks the sentence (`compare_import_issue_<kind>`).
 */
export interface ComparisonIssue {
	row: number | null;
	field: string;
	kind: ComparisonIssueKind;
}

export type ComparisonIssueKind =
	| 'too_large'
	| 'encoding'
	| 'not_json'
	| 'not_comparison'
	| 'version'
	| 'too_many_rows'
	| 'duplicate_key'
	| 'key'
	| 'platform'
	| 'page_type'
	| 'fen'
	| 'province'
	| 'time'
	| 'text'
	| 'value';

/** Which sentence explains a field's problem. */
function kindOf(field: string): ComparisonIssueKind {
	if (field === 'key' || field === 'itemId' || field === 'shopId') return 'key';
	if (field === 'platform') return 'platform';
	if (field === 'pageType') return 'page_type';
	if (/Fen$/.test(field)) return 'fen';
	if (field === 'shipFromProvince') return 'province';
	if (field === 'firstSeen' || field === 'lastSeen') return 'time';
	if (/(Name|title|Text|Promise|url)$/.test(field)) return 'text';
	return 'value';
}

/** Issues listed at most, so a wrong file of 20,000 rows still gives a readable answer. */
export const MAX_LISTED_ISSUES = 50;

export type ComparisonParse = { ok: true; rows: PageRecord[] } | { ok: false; issues: ComparisonIssue[] };

/**
 * Reads a parsed comparison file: `{ format, version: 1, rows }`. Every row is checked; any problem rejects the
 * whole file (all or nothing), with the problems by row. A key twice in one file is refused too.
 */
export function parseComparisonDocument(document: unknown): ComparisonParse {
	const fileIssue = (field: string, kind: ComparisonIssueKind): ComparisonParse => ({
		ok: false,
		issues: [{ row: null, field, kind }],
	});
	if (typeof document !== 'object' || document === null || Array.isArray(document))
		return fileIssue('format', 'not_comparison');
	const { format, version, rows } = document as Record<string, unknown>;
	if (format !== COMPARISON_FORMAT) return fileIssue('format', 'not_comparison');
	if (version !== COMPARISON_VERSION) return fileIssue('version', 'version');
	if (!Array.isArray(rows)) return fileIssue('rows', 'not_comparison');
	if (rows.length > MAX_RECORDED_PAGES) return fileIssue('rows', 'too_many_rows');
	return parsePageRecords(rows);
}

/** Checks a list of candidate records (a file's rows, or a batch of them in a message). */
export function parsePageRecords(candidates: readonly unknown[]): ComparisonParse {
	const issues: ComparisonIssue[] = [];
	const parsed: PageRecord[] = [];
	const seen = new Set<string>();
	for (const [index, candidate] of candidates.entries()) {
		const row = index + 1;
		const result = v.safeParse(pageRecordSchema, candidate);
		if (!result.success) {
			if (issues.length < MAX_LISTED_ISSUES) {
				const fields = new Set(result.issues.map((issue) => String(issue.path?.[0]?.key ?? issue.message ?? 'row')));
				for (const field of fields) issues.push({ row, field, kind: kindOf(field) });
			}
			continue;
		}
		if (seen.size === seen.add(result.output.key).size) {
			if (issues.length < MAX_LISTED_ISSUES) issues.push({ row, field: 'key', kind: 'duplicate_key' });
			continue;
		}
		parsed.push(result.output satisfies PageRecord);
	}
	return issues.length ? { ok: false, issues: issues.slice(0, MAX_LISTED_ISSUES) } : { ok: true, rows: parsed };
}
