import Papa from 'papaparse';
import type { ProvinceCounts } from '../core/destination-mix';
import { parseProvince } from '../core/geography';
import { decodeTextFile, type TextEncodingName } from './text-decoding';

/**
 * Reads an order export of the seller back office (千牛, 京麦, 拼多多商家后台) as CSV and counts orders per
 * destination province. The column holding a province or a full address is found by its content: the one whose
 * cells most often parse to a province, on the first rows. Only counts leave this function's result for storage;
 * names, phones and addresses stay in the file (a few unplaced cells are returned for the merchant to see).
 */

/** Records looked at to find the province column. */
const SAMPLE_RECORDS = 500;
const UNPLACED_SAMPLES = 5;
const SAMPLE_TEXT_LENGTH = 40;

export type OrderExportRefusal =
	/** Neither UTF-8 nor GB18030: re-save as "CSV UTF-8". */
	| 'unknown_encoding'
	/** Not a text file (an .xlsx, an image …): export or save as CSV. */
	| 'binary'
	/** No row at all. */
	| 'empty'
	/** No column where most rows name a province. */
	| 'no_province_column';

export interface UnplacedRow {
	/** Row number as a spreadsheet shows it (the header is row 1). */
	row: number;
	/** The cell of the province column, shortened. */
	text: string;
}

export type OrderExportReading =
	| {
			ok: true;
			encoding: TextEncodingName;
			/** Order rows read (the header not counted). */
			rowsRead: number;
			/** Rows whose cell named a province. */
			rowsPlaced: number;
			counts: ProvinceCounts;
			column: { index: number; header: string | null };
			/** The first rows that could not be placed. */
			unplaced: UnplacedRow[];
	  }
	| { ok: false; code: OrderExportRefusal };

/**
 * The column where most sampled records parse to a province, and whether the first record is a header (its cell
 * in that column names no province). Null when no column places more than half of the records.
 */
function provinceColumn(sample: readonly string[][]): { index: number; hasHeader: boolean } | null {
	const hits: number[] = [];
	for (const record of sample) {
		record.forEach((cell, index) => {
			if (parseProvince(cell) !== null) hits[index] = (hits[index] ?? 0) + 1;
		});
	}
	let best = -1;
	hits.forEach((count, index) => {
		if (best < 0 || count > (hits[best] ?? 0)) best = index;
	});
	if (best < 0) return null;
	const hasHeader = sample.length > 1 && parseProvince(sample[0]?.[best] ?? '') === null;
	const records = sample.length - (hasHeader ? 1 : 0);
	return (hits[best] ?? 0) * 2 > records ? { index: best, hasHeader } : null;
}

export function readOrderExport(bytes: Uint8Array): OrderExportReading {
	const decoded = decodeTextFile(bytes);
	if (!decoded.ok) return { ok: false, code: decoded.code };

	const counts: ProvinceCounts = {};
	const unplaced: UnplacedRow[] = [];
	const sample: string[][] = [];
	let column: { index: number; hasHeader: boolean } | null = null;
	let header: string | null = null;
	let recordNumber = 0;
	let rowsRead = 0;
	let rowsPlaced = 0;
	let refused = false;

	const count = (record: string[], row: number) => {
		const cell = (record[(column as { index: number }).index] ?? '').trim();
		rowsRead++;
		const code = parseProvince(cell);
		if (code !== null) {
			counts[code] = (counts[code] ?? 0) + 1;
			rowsPlaced++;
		} else if (unplaced.length < UNPLACED_SAMPLES) {
			unplaced.push({ row, text: cell.slice(0, SAMPLE_TEXT_LENGTH) });
		}
	};
	/** Decides the column from the sample, then counts the sampled records. */
	const settle = () => {
		column = provinceColumn(sample);
		if (column === null) {
			refused = true;
			return;
		}
		if (column.hasHeader) header = sample[0]?.[column.index]?.trim() ?? null;
		sample.forEach((record, index) => {
			if (index > 0 || !column?.hasHeader) count(record, index + 1);
		});
	};

	// Streaming: each record is looked at once and dropped; only the first SAMPLE_RECORDS are kept, to find the column.
	Papa.parse<string[]>(decoded.text, {
		skipEmptyLines: 'greedy',
		step: (result, parser) => {
			recordNumber++;
			if (column === null) {
				sample.push(result.data);
				if (sample.length === SAMPLE_RECORDS) {
					settle();
					if (refused) parser.abort();
				}
				return;
			}
			count(result.data, recordNumber);
		},
	});
	if (column === null && !refused) {
		if (sample.length === 0) return { ok: false, code: 'empty' };
		settle();
	}
	const found = column as { index: number; hasHeader: boolean } | null;
	if (refused || found === null) return { ok: false, code: 'no_province_column' };
	return {
		ok: true,
		encoding: decoded.encoding,
		rowsRead,
		rowsPlaced,
		counts,
		column: { index: found.index, header },
		unplaced,
	};
}
