/**
 * Spreadsheet-safe CSV cells (the OWASP "CSV injection" rule). Excel and WPS run a cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return as a formula, and shop names and titles come from untrusted
 * pages: such a cell is written with a leading `'`, which spreadsheets show as text. Reading reverses it
 * exactly; a cell that already starts with quotes before such a character gains one more quote, so that
 * every text survives export → import unchanged.
 */

const NEEDS_QUOTE = /^'*[=+\-@\t\r]/;
const QUOTED = /^'+[=+\-@\t\r]/;

export function escapeCsvCell(text: string): string {
	return NEEDS_QUOTE.test(text) ? `'${text}` : text;
}

export function unescapeCsvCell(text: string): string {
	return QUOTED.test(text) ? text.slice(1) : text;
}
