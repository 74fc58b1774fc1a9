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
interface ProvinceColumn {
	index: number;
	/** The first record is a header: its cell in this column names no province. */
	hasHeader: boolean;
}

function provinceColumn(sample: readonly string[][]): ProvinceColumn | null {
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

/** Counts rows per province in one column and keeps the first few rows it cannot place. */
function provinceCounter(columnIndex: number) {
	const counts: ProvinceCounts = {};
	const unplaced: UnplacedRow[] = [];
	let rowsRead = 0;
	let rowsPlaced = 0;
	return {
		add(record: readonly string[], row: number): void {
			const cell = (record[columnIndex] ?? '').trim();
			rowsRead++;
			const code = parseProvince(cell);
			if (code !== null) {
				counts[code] = (counts[code] ?? 0) + 1;
				rowsPlaced++;
			} else if (unplaced.length < UNPLACED_SAMPLES) {
				unplaced.push({ row, text: cell.slice(0, SAMPLE_TEXT_LENGTH) });
			}
		},
		totals: () => ({ rowsRead, rowsPlaced, counts, unplaced }),
	};
}

export function readOrderExport(bytes: Uint8Array): OrderExportReading {
	const decoded = decodeTextFile(bytes);
	if (!decoded.ok) return { ok: false, code: decoded.error };

	const sample: string[][] = [];
	// Set once the sample has shown which column names provinces; null while looking (or when none does).
	const found: { column: ProvinceColumn | null; counter: ReturnType<typeof provinceCounter> | null } = {
		column: null,
		counter: null,
	};
	/** Picks the column from the sample and counts the sampled records; false when no column names provinces. */
	const settle = (): boolean => {
		const column = provinceColumn(sample);
		if (column === null) return false;
		const counter = provinceCounter(column.index);
		sample.forEach((record, index) => {
			if (index > 0 || !column.hasHeader) counter.add(record, index + 1);
		});
		found.column = column;
		found.counter = counter;
		return true;
	};

	// Streaming: each record is looked at once and dropped; only the first SAMPLE_RECORDS are kept, to find the column.
	let recordNumber = 0;
	Papa.parse<string[]>(decoded.value.text, {
		skipEmptyLines: 'greedy',
		step: (result, parser) => {
			recordNumber++;
			if (found.counter) {
				found.counter.add(result.data, recordNumber);
				return;
			}
			sample.push(result.data);
			if (sample.length === SAMPLE_RECORDS && !settle()) parser.abort();
		},
	});
	if (sample.length === 0) return { ok: false, code: 'empty' };
	// A file shorter than the sample is decided now (a refused one is simply refused again).
	if (found.counter === null) settle();
	const { column, counter } = found;
	if (column === null || counter === null) return { ok: false, code: 'no_province_column' };
	return {
		ok: true,
		encoding: decoded.value.encoding,
		...counter.totals(),
		column: { index: column.index, header: column.hasHeader ? (sample[0]?.[column.index]?.trim() ?? null) : null },
	};
}
