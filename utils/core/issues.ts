/**
 * Validation problems as codes with parameters, never sentences: the views word each code in the merchant's
 * language (message `issue_<code>`, placeholders named after the parameters) with the field's own label and
 * what to type instead. Parameter names say how a value is shown: `…Fen` money, `…Grams` weight, `…Bp` a
 * rate, `…Bytes` a file size, `value` the text as typed, `…Row` a spreadsheet row.
 */
export const ISSUE_CODES = [
	// The shape of a contract (JSON files and messages).
	'not_an_object',
	'not_a_list',
	'list_too_long',
	'unreadable',
	// Values.
	'required',
	'text_invalid',
	'text_too_long',
	'carrier_unknown',
	'date_invalid',
	'date_order',
	'timestamp_invalid',
	'province_unknown',
	'province_duplicate',
	'zone_unknown',
	'money_out_of_range',
	'weight_invalid',
	'weight_unit_suspect',
	'bands_unsorted',
	'band_price_decreasing',
	'price_drops_after_bands',
	'divisor_out_of_range',
	'percent_out_of_range',
	'count_invalid',
	// Text as typed in the editor or a CSV cell.
	'yuan_invalid',
	'kg_invalid',
	'percent_invalid',
	'whole_number_invalid',
	'duplicate_override',
	// Files.
	'file_too_large',
	'file_encoding',
	'file_binary',
	'file_type',
	'json_syntax',
	'json_format',
	'json_version',
	'csv_syntax',
	'csv_missing_columns',
	'csv_no_rows',
	'csv_row_conflict',
	'csv_scope_invalid',
	'csv_rule_invalid',
	'csv_rate_row_duplicate',
	'csv_rate_row_missing',
	'duplicate_id',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

type None = Record<never, never>;

/** The parameters of each code; a code missing here does not compile. */
type IssueParamsOf = {
	not_an_object: None;
	not_a_list: None;
	list_too_long: { max: number };
	unreadable: None;
	required: None;
	text_invalid: None;
	text_too_long: { max: number };
	carrier_unknown: { value: string };
	date_invalid: { value: string };
	date_order: { validFrom: string; validTo: string };
	timestamp_invalid: { value: string };
	province_unknown: { value: string };
	province_duplicate: { value: string };
	zone_unknown: { value: string };
	money_out_of_range: { maxFen: number };
	weight_invalid: None;
	/** A weight outside what any express tariff uses: kg and grams were probably swapped. */
	weight_unit_suspect: { grams: number; minGrams: number; maxGrams: number };
	bands_unsorted: None;
	band_price_decreasing: None;
	price_drops_after_bands: { maxGrams: number; priceFen: number };
	divisor_out_of_range: { min: number; max: number };
	percent_out_of_range: { maxBp: number };
	count_invalid: None;
	yuan_invalid: { value: string };
	kg_invalid: { value: string };
	percent_invalid: { value: string };
	whole_number_invalid: { value: string };
	duplicate_override: None;
	file_too_large: { sizeBytes: number; maxBytes: number };
	file_encoding: None;
	file_binary: None;
	file_type: None;
	json_syntax: None;
	json_format: None;
	json_version: { value: string };
	csv_syntax: None;
	csv_missing_columns: { columns: string };
	csv_no_rows: None;
	csv_row_conflict: { firstRow: number };
	csv_scope_invalid: { value: string };
	csv_rule_invalid: { value: string };
	csv_rate_row_duplicate: { scope: string; firstRow: number };
	csv_rate_row_missing: { scope: string };
	duplicate_id: { value: string };
};

/** Where in a file a problem is: a CSV row (numbered as the spreadsheet shows it, header = 1) and column, or the n-th contract (1-based) of a JSON file. */
export type IssueLocation = { row?: number; column?: string; contract?: number };

/** One problem: the model path of the field (`rates.bands[2].maxGrams`, '' for the whole thing), a code and its parameters. */
export type ValidationIssue = {
	[C in IssueCode]: { path: string; code: C; params: IssueParamsOf[C]; at?: IssueLocation };
}[IssueCode];

type ParamsArg<C extends IssueCode> = keyof IssueParamsOf[C] extends never ? [] : [params: IssueParamsOf[C]];

/** Builds an issue; codes without parameters take none. */
export function issue<C extends IssueCode>(path: string, code: C, ...params: ParamsArg<C>): ValidationIssue {
	return { path, code, params: params[0] ?? {} } as ValidationIssue;
}

/** The same issue, located in a file. */
export function located(found: ValidationIssue, at: IssueLocation): ValidationIssue {
	return { ...found, at: { ...found.at, ...at } };
}
