import { isIsoDay } from './calendar';
import { parseScaledDecimal } from './decimal';
import type { Fen } from './ids';

/**
 * Numbers and dates as merchants type them in a form or a spreadsheet (Excel and WPS on Chinese Windows), turned
 * into the model's units. Full-width characters are folded first (`１２．５`, `￥`, `，`), so every parser accepts
 * what a Chinese input method produces. Each returns null for anything it cannot read exactly: no guessing.
 */
function folded(text: string): string {
	return text.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * A decimal with an optional comma: `1,280.50` and `1,280` are thousands, `2,5` is a decimal comma (as typed on
 * a European keyboard). Anything else with a comma is rejected.
 */
function decimalText(text: string): string | null {
	if (!text.includes(',')) return text;
	if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return text.replaceAll(',', '');
	if (/^\d+,\d{1,2}$/.test(text)) return text.replace(',', '.');
	return null;
}

function scaled(text: string, decimals: number): number | null {
	const plain = decimalText(text);
	return plain === null ? null : parseScaledDecimal(plain, decimals);
}

/** Yuan to fen: `2.20`, `¥2.2`, `2.2元`, `２．２０`, `1，280.50`. Null when not an amount with at most 2 decimals. */
export function parseYuanInput(text: string): Fen | null {
	const bare = folded(text)
		.replace(/^(¥|CNY|RMB)/i, '')
		.replace(/(元|块|CNY|RMB)$/i, '');
	return scaled(bare, 2);
}

/**
 * A weight to whole grams: kg by default (`2.5`, `2.5kg`, `2.5公斤`, `2.5千克`) or grams when the merchant says so
 * (`500g`, `500克`). Null when not a positive weight with at most 3 decimals of kg.
 */
export function parseKgInput(text: string): number | null {
	const bare = folded(text);
	const grams = /^(.*?)(g|克)$/i.exec(bare);
	const kg = /^(.*?)(kg|公斤|千克)$/i.exec(bare);
	const value = grams && !kg ? scaled(grams[1] ?? '', 0) : scaled(kg ? (kg[1] ?? '') : bare, 3);
	return value !== null && value > 0 ? value : null;
}

/** A percent to basis points: `0.5`, `0.5%`, `０．５％`. Null when not a percent with at most 2 decimals. */
export function parsePercentInput(text: string): number | null {
	return scaled(folded(text).replace(/%$/, ''), 2);
}

/** A whole number (parcels per month, a divisor): `30000`, `30,000`, `３００００`. */
export function parseWholeInput(text: string): number | null {
	return scaled(folded(text), 0);
}

/**
 * A calendar day to `YYYY-MM-DD`: `2026-01-05`, `2026-1-5`, `2026/1/5` (Excel on Chinese Windows), `2026.1.5`,
 * `2026年1月5日`. Null when not a real day (2026-02-30).
 */
export function parseDateInput(text: string): string | null {
	const match = /^(\d{4})(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})日?$/.exec(folded(text));
	if (!match) return null;
	const day = `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}`;
	return isIsoDay(day) ? day : null;
}
