import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { PageRecord } from '../../utils/core/comparison-model';
import { recordVisit } from '../../utils/core/comparison-records';
import { MAX_LISTED_ISSUES, parseComparisonDocument } from '../../utils/core/comparison-validation';
import {
	comparisonToJson,
	csvWithBom,
	MAX_COMPARISON_FILE_BYTES,
	readComparisonFile,
} from '../../utils/files/comparison-file';
import { unescapeCsvCell } from '../../utils/files/csv-cells';
import { FACTS } from '../helpers/sample-facts';

const encode = (text: string) => new TextEncoder().encode(text);

function rowsOf(count: number): PageRecord[] {
	const base = recordVisit(undefined, FACTS, '2026-11-20T04:00:00.000Z');
	if (!base) throw new Error('recorded');
	return Array.from({ length: count }, (_, i) => ({
		...base,
		key: `taobao:item:${990000000000 + i}`,
		itemId: String(990000000000 + i),
		priceFen: 100 + ((i * 7919) % 99900),
		shipFromProvince: i % 3 ? '44' : null,
		changes:
			i % 5 ? [] : [{ field: 'price', at: '2026-11-20T04:00:00.000Z', from: 2990, to: 100 + ((i * 7919) % 99900) }],
	}));
}

describe('comparison JSON files', () => {
	it('round-trip 20,000 rows exactly', () => {
		const rows = rowsOf(20_000);
		const text = comparisonToJson(rows, '2026-11-27T00:00:00.000Z');
		const read = readComparisonFile(encode(text));
		expect(read.ok).toBe(true);
		expect(read.ok && read.rows).toEqual(rows);
	});

	it('reject every bad row by row and field, and import nothing', () => {
		const rows: unknown[] = rowsOf(4);
		rows[1] = { ...(rows[1] as object), priceFen: -5 };
		rows[2] = { ...(rows[2] as object), shipFromProvince: '99', lastSeen: '2026/11/27' };
		rows[3] = { ...(rows[3] as object), key: 'taobao:item:1' }; // does not match its itemId
		const read = parseComparisonDocument({ format: 'courier-lens-comparison', version: 1, rows });
		expect(read).toEqual({
			ok: false,
			issues: [
				{ row: 2, field: 'priceFen', kind: 'fen' },
				{ row: 3, field: 'shipFromProvince', kind: 'province' },
				{ row: 3, field: 'lastSeen', kind: 'time' },
				{ row: 4, field: 'key', kind: 'key' },
			],
		});
	});

	it('store exactly the model: unknown fields (an own __proto__ too) are dropped, long texts refused', () => {
		const [row] = rowsOf(1);
		const text = `{"format":"courier-lens-comparison","version":1,"rows":[${JSON.stringify(row).replace(/^\{/, '{"__proto__":{"polluted":true},"extra":1,')}]}`;
		const read = readComparisonFile(encode(text));
		expect(read.ok && read.rows[0]).toEqual(row);
		expect(read.ok && Object.keys(read.rows[0] ?? {})).not.toContain('extra');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		const long = parseComparisonDocument({
			format: 'courier-lens-comparison',
			version: 1,
			rows: [{ ...row, title: 'x'.repeat(30_000) }],
		});
		expect(long).toEqual({ ok: false, issues: [{ row: 1, field: 'title', kind: 'text' }] });
	});

	it('refuse a key twice, another format, another version, a huge or non-text file', () => {
		const [row] = rowsOf(1);
		expect(parseComparisonDocument({ format: 'courier-lens-comparison', version: 1, rows: [row, row] })).toEqual({
			ok: false,
			issues: [{ row: 2, field: 'key', kind: 'duplicate_key' }],
		});
		expect(parseComparisonDocument({ format: 'courier-lens/contracts', version: 1, contracts: [] })).toMatchObject({
			issues: [{ kind: 'not_comparison' }],
		});
		expect(parseComparisonDocument({ format: 'courier-lens-comparison', version: 2, rows: [] })).toMatchObject({
			issues: [{ kind: 'version' }],
		});
		expect(readComparisonFile(new Uint8Array(MAX_COMPARISON_FILE_BYTES + 1))).toMatchObject({
			issues: [{ kind: 'too_large' }],
		});
		expect(readComparisonFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]))).toMatchObject({
			issues: [{ kind: 'encoding' }],
		});
		expect(readComparisonFile(encode('{"format":'))).toMatchObject({ issues: [{ kind: 'not_json' }] });
	});

	it('list at most 50 problems for a file of 20,000 bad rows', () => {
		const rows = rowsOf(20_000).map((row) => ({ ...row, visits: 0 }));
		const read = parseComparisonDocument({ format: 'courier-lens-comparison', version: 1, rows });
		expect(read.ok === false && read.issues.length).toBe(MAX_LISTED_ISSUES);
	});
});

describe('comparison CSV', () => {
	it('is UTF-8 with a BOM and no cell a spreadsheet would run as a formula', () => {
		const hostile = ['=HYPERLINK("http://example.invalid","x")', '+1', '-2', '@SUM(A1)', '\tx', "'=already"];
		const csv = csvWithBom(
			['shop_name', 'title'],
			hostile.map((text) => [text, '杯子']),
		);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const records = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
		const cells = records.flat();
		expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
		expect(records.slice(1).map((record) => unescapeCsvCell(record[0] ?? ''))).toEqual(hostile);
	});
});
