import Papa from 'papaparse';
import {
	COMPARISON_FORMAT,
	COMPARISON_VERSION,
	type ComparisonDocument,
	type PageRecord,
} from '../core/comparison-model';
import { type ComparisonParse, parseComparisonDocument } from '../core/comparison-validation';
import { escapeCsvCell } from './csv-cells';
import { decodeTextFile } from './text-decoding';

/**
 * Comparison files: the JSON a team shares (export → import, merged by key) and the CSV a merchant opens in
 * Excel or WPS. Files are read and checked in compare.html, where they are chosen, and reach the background
 * as validated batches (utils/messaging/batches.ts), so no message grows with the file.
 */

/** 20,000 rows with full histories stay well below this; a bigger file is not one of ours. */
export const MAX_COMPARISON_FILE_BYTES = 40 * 1024 * 1024;

export function comparisonToJson(rows: readonly PageRecord[], exportedAt: string): string {
	const document: ComparisonDocument = {
		format: COMPARISON_FORMAT,
		version: COMPARISON_VERSION,
		exportedAt,
		rows: [...rows],
	};
	return `${JSON.stringify(document)}\n`;
}

/** Bytes of a chosen file → validated rows, or every problem by row (nothing is imported then). */
export function readComparisonFile(bytes: Uint8Array): ComparisonParse {
	const fileIssue = (kind: 'too_large' | 'encoding' | 'not_json'): ComparisonParse => ({
		ok: false,
		issues: [{ row: null, field: 'file', kind }],
	});
	if (bytes.length > MAX_COMPARISON_FILE_BYTES) return fileIssue('too_large');
	const decoded = decodeTextFile(bytes);
	if (!decoded.ok) return fileIssue('encoding');
	let document: unknown;
	try {
		document = JSON.parse(decoded.value.text);
	} catch {
		return fileIssue('not_json');
	}
	return parseComparisonDocument(document);
}

/**
 * A CSV file Excel and WPS open correctly: UTF-8 with a BOM, CRLF, every cell formula-safe (shop names and
 * titles come from untrusted pages: `=HYPERLINK(…)` is written `'=HYPERLINK(…)`).
 */
export function csvWithBom(header: readonly string[], rows: readonly (readonly string[])[]): string {
	const safe = (cells: readonly string[]) => cells.map(escapeCsvCell);
	return `\uFEFF${Papa.unparse({ fields: safe(header), data: rows.map(safe) }, { newline: '\r\n' })}\r\n`;
}
