import Papa from 'papaparse';
import { carrierFromName } from '../core/carrier-aliases';
import type { MerchantContract, RateCard } from '../core/contract-model';
import { parseContract } from '../core/contract-validation';
import { formatScaledDecimal } from '../core/decimal';
import { provinceFromName } from '../core/geography';
import { issue, located, type ValidationIssue } from '../core/issues';
import {
	parseDateInput,
	parseKgInput,
	parsePercentInput,
	parseWholeInput,
	parseYuanInput,
} from '../core/merchant-input';
import { fenToYuanText } from '../core/money';
import { fail, ok, type Result } from '../core/result';
import { ZONES } from '../core/zones';
import { escapeCsvCell, unescapeCsvCell } from './csv-cells';

/**
 * CSV layout, one rate line per row, the contract's own fields repeated on each of its rows:
 * `scope` is `base`, `zone:<zone id>` or `province:<province>`; `rule` is `rate` (first weight + extra
 * weight, exactly one per scope) or `band` (a flat price up to max_kg). Money in yuan, weights in kg,
 * insurance in percent, origin provinces separated by `;`. Excel/WPS friendly: UTF-8 with a BOM, and every cell
 * that a spreadsheet would run as a formula written with a leading `'` (csv-cells.ts), which reading removes.
 *
 * Reading accepts what merchants type: carriers by name (中通, 中通快递, ZTO, 百世 → jt), provinces by name
 * (浙江, 浙江省, 内蒙古) or code, dates 2026/1/5 or 2026-1-5, money with ¥, 元 or a full-width comma, weights with
 * kg or g. Empty fees count as 0, and an empty `updated_at` as the import time.
 */
const CONTRACT_COLUMNS = [
	'contract_id',
	'carrier',
	'name',
	'valid_from',
	'valid_to',
	'origin_provinces',
	'monthly_volume',
	'volumetric_divisor',
	'pickup_fee_yuan',
	'door_delivery_fee_yuan',
	'insurance_percent',
	'remote1_surcharge_yuan',
	'remote2_surcharge_yuan',
	'updated_at',
] as const;
const RATE_COLUMNS = [
	'scope',
	'rule',
	'max_kg',
	'price_yuan',
	'first_kg',
	'first_yuan',
	'extra_yuan',
	'extra_step_kg',
] as const;
const COLUMNS = [...CONTRACT_COLUMNS, ...RATE_COLUMNS];
type Column = (typeof COLUMNS)[number];
/** A data row's cells by column name (read lazily: a file of 35,000 rows need not become 35,000 objects of 22 keys). */
type Row = (column: Column) => string;

const yuan = fenToYuanText;
const kg = (grams: number) => formatScaledDecimal(grams, 3);

function scopesOf(contract: MerchantContract): [string, RateCard][] {
	return [
		['base', contract.rates],
		...ZONES.flatMap((zone): [string, RateCard][] => {
			const card = contract.zoneRates[zone];
			return card ? [[`zone:${zone}`, card]] : [];
		}),
		...Object.entries(contract.provinceRates).map(([code, card]): [string, RateCard] => [`province:${code}`, card]),
	];
}

/** One row's cells in COLUMNS order: the contract's own cells, then its rate line. */
type RateCells = [
	scope: string,
	rule: string,
	maxKg: string,
	priceYuan: string,
	firstKg: string,
	firstYuan: string,
	extraYuan: string,
	extraStepKg: string,
];

export function contractsToCsv(contracts: readonly MerchantContract[]): string {
	// Arrays, not objects spread per row: 10,000 contracts are about 35,000 rows.
	const rows: string[][] = [];
	for (const contract of contracts) {
		const shared = [
			contract.id,
			contract.carrier,
			contract.name,
			contract.validFrom ?? '',
			contract.validTo ?? '',
			contract.originProvinces.join(';'),
			contract.monthlyVolume === null ? '' : String(contract.monthlyVolume),
			contract.volumetricDivisor === null ? '' : String(contract.volumetricDivisor),
			yuan(contract.pickupFeeFen),
			yuan(contract.doorDeliveryFeeFen),
			formatScaledDecimal(contract.insuranceBp, 2),
			yuan(contract.remoteSurcharge.remote1Fen),
			yuan(contract.remoteSurcharge.remote2Fen),
			contract.updatedAt,
		];
		const row = (rate: RateCells) => rows.push([...shared, ...rate].map(escapeCsvCell));
		for (const [scope, card] of scopesOf(contract)) {
			row([
				scope,
				'rate',
				'',
				'',
				kg(card.firstGrams),
				yuan(card.firstFen),
				yuan(card.extraFen),
				kg(card.extraStepGrams),
			]);
			for (const band of card.bands) row([scope, 'band', kg(band.maxGrams), yuan(band.priceFen), '', '', '', '']);
		}
	}
	return `\uFEFF${Papa.unparse({ fields: [...COLUMNS], data: rows })}\r\n`;
}

/** Which CSV column a model field comes from, to point errors at the cell the merchant typed (own keys only). */
const COLUMN_OF_FIELD: ReadonlyMap<string, Column> = new Map([
	['id', 'contract_id'],
	['carrier', 'carrier'],
	['name', 'name'],
	['validFrom', 'valid_from'],
	['validTo', 'valid_to'],
	['originProvinces', 'origin_provinces'],
	['monthlyVolume', 'monthly_volume'],
	['volumetricDivisor', 'volumetric_divisor'],
	['pickupFeeFen', 'pickup_fee_yuan'],
	['doorDeliveryFeeFen', 'door_delivery_fee_yuan'],
	['insuranceBp', 'insurance_percent'],
	['remote1Fen', 'remote1_surcharge_yuan'],
	['remote2Fen', 'remote2_surcharge_yuan'],
	['updatedAt', 'updated_at'],
	['maxGrams', 'max_kg'],
	['priceFen', 'price_yuan'],
	['firstGrams', 'first_kg'],
	['firstFen', 'first_yuan'],
	['extraFen', 'extra_yuan'],
	['extraStepGrams', 'extra_step_kg'],
	['bands', 'rule'],
]);

/** The model field a column holds (the label the merchant sees for an issue in that cell). */
const FIELD_OF_COLUMN: ReadonlyMap<Column, string> = new Map([
	...[...COLUMN_OF_FIELD]
		.filter(([field]) => field !== 'bands')
		.map(([field, column]): [Column, string] => [column, field]),
	['scope', 'scope'],
	['rule', 'rule'],
]);

interface ScopeEntry {
	/** As written on the first row of this scope ("province:浙江"), for messages. */
	label: string;
	rateLine: number | null;
	card: RateCard;
	bandLines: number[];
}

/** A scope cell in the key the model uses: base, zone:<zone id> or province:<code>; an issue when it names none. */
function readScope(text: string): { key: string } | ValidationIssue {
	const scope = text.normalize('NFKC').trim();
	if (scope.toLowerCase() === 'base') return { key: 'base' };
	const match = /^(zone|province):(.+)$/i.exec(scope);
	if (!match) return issue('', 'csv_scope_invalid', { value: scope });
	const [kind = '', name = ''] = [match[1]?.toLowerCase(), match[2]?.trim()];
	if (kind === 'zone') {
		const zone = ZONES.find((known) => known === name);
		return zone ? { key: `zone:${zone}` } : issue('', 'zone_unknown', { value: name });
	}
	const province = provinceFromName(name);
	return province ? { key: `province:${province}` } : issue('', 'province_unknown', { value: name });
}

/** One contract's rows, turned into the model, remembering which line each rate line came from. */
class ContractRows {
	readonly issues: ValidationIssue[] = [];
	readonly scopes = new Map<string, ScopeEntry>();
	constructor(
		readonly firstLine: number,
		readonly first: Row,
		readonly now: string,
	) {}

	private report(line: number, column: Column, found: ValidationIssue): void {
		const path = found.path || (FIELD_OF_COLUMN.get(column) ?? column);
		this.issues.push(located({ ...found, path }, { row: line, column }));
	}

	/** A cell read by `parse`; an empty cell is `empty`; anything unreadable is reported with `code` and the text. */
	private read<T>(
		line: number,
		row: Row,
		column: Column,
		parse: (text: string) => T | null,
		code: 'yuan_invalid' | 'kg_invalid' | 'percent_invalid' | 'whole_number_invalid' | 'date_invalid',
		empty: T | undefined,
	): T | null {
		const text = row(column).trim();
		if (text === '' && empty !== undefined) return empty;
		const value = parse(text);
		if (value === null) this.report(line, column, issue('', code, { value: text }));
		return value;
	}

	private fen(line: number, row: Row, column: Column, emptyIsZero = false): number {
		return this.read(line, row, column, parseYuanInput, 'yuan_invalid', emptyIsZero ? 0 : undefined) ?? 0;
	}

	private grams(line: number, row: Row, column: Column): number {
		return this.read(line, row, column, parseKgInput, 'kg_invalid', undefined) ?? 0;
	}

	private whole(line: number, row: Row, column: Column): number | null {
		return this.read(line, row, column, parseWholeInput, 'whole_number_invalid', null);
	}

	private day(line: number, row: Row, column: Column): string | null {
		return this.read(line, row, column, parseDateInput, 'date_invalid', null);
	}

	add(line: number, row: Row): void {
		for (const column of CONTRACT_COLUMNS) {
			if (row(column).trim() !== this.first(column).trim()) {
				this.report(line, column, issue('', 'csv_row_conflict', { firstRow: this.firstLine }));
			}
		}
		const scope = readScope(row('scope'));
		if ('code' in scope) {
			this.report(line, 'scope', scope);
			return;
		}
		let entry = this.scopes.get(scope.key);
		if (!entry) {
			entry = {
				label: row('scope').trim(),
				rateLine: null,
				card: { bands: [], firstGrams: 0, firstFen: 0, extraFen: 0, extraStepGrams: 0 },
				bandLines: [],
			};
			this.scopes.set(scope.key, entry);
		}
		const rule = row('rule').normalize('NFKC').trim().toLowerCase();
		if (rule === 'band') {
			entry.card.bands.push({ maxGrams: this.grams(line, row, 'max_kg'), priceFen: this.fen(line, row, 'price_yuan') });
			entry.bandLines.push(line);
		} else if (rule === 'rate') {
			if (entry.rateLine !== null) {
				this.report(
					line,
					'rule',
					issue('', 'csv_rate_row_duplicate', { scope: entry.label, firstRow: entry.rateLine }),
				);
			}
			entry.rateLine = line;
			entry.card.firstGrams = this.grams(line, row, 'first_kg');
			entry.card.firstFen = this.fen(line, row, 'first_yuan');
			entry.card.extraFen = this.fen(line, row, 'extra_yuan');
			entry.card.extraStepGrams = this.grams(line, row, 'extra_step_kg');
		} else {
			this.report(line, 'rule', issue('', 'csv_rule_invalid', { value: row('rule').trim() }));
		}
	}

	/** The contract these rows describe, for the core's validator (which reports what is still wrong). */
	candidate(): unknown {
		const row = this.first;
		const line = this.firstLine;
		for (const entry of this.scopes.values()) {
			if (entry.rateLine === null) {
				this.report(entry.bandLines[0] ?? line, 'rule', issue('', 'csv_rate_row_missing', { scope: entry.label }));
			}
		}
		if (!this.scopes.has('base')) this.report(line, 'scope', issue('', 'csv_rate_row_missing', { scope: 'base' }));
		const cards = [...this.scopes].map(([key, entry]) => [key.split(':'), entry.card] as const);
		const carrier = carrierFromName(row('carrier'));
		if (carrier === null)
			this.report(line, 'carrier', issue('carrier', 'carrier_unknown', { value: row('carrier').trim() }));
		const origins = row('origin_provinces')
			.split(/[;；、,，]/)
			.map((name) => name.trim())
			.filter((name) => name !== '')
			.map((name) => {
				const code = provinceFromName(name);
				if (code === null) this.report(line, 'origin_provinces', issue('', 'province_unknown', { value: name }));
				return code ?? name;
			});
		return {
			id: row('contract_id').trim(),
			carrier: carrier ?? row('carrier'),
			name: row('name'),
			validFrom: this.day(line, row, 'valid_from'),
			validTo: this.day(line, row, 'valid_to'),
			originProvinces: origins,
			rates: this.scopes.get('base')?.card,
			zoneRates: Object.fromEntries(
				cards.filter(([[kind]]) => kind === 'zone').map(([[, zone], card]) => [zone, card]),
			),
			provinceRates: Object.fromEntries(
				cards.filter(([[kind]]) => kind === 'province').map(([[, code], card]) => [code, card]),
			),
			remoteSurcharge: {
				remote1Fen: this.fen(line, row, 'remote1_surcharge_yuan', true),
				remote2Fen: this.fen(line, row, 'remote2_surcharge_yuan', true),
			},
			volumetricDivisor: this.whole(line, row, 'volumetric_divisor'),
			pickupFeeFen: this.fen(line, row, 'pickup_fee_yuan', true),
			doorDeliveryFeeFen: this.fen(line, row, 'door_delivery_fee_yuan', true),
			insuranceBp: this.read(line, row, 'insurance_percent', parsePercentInput, 'percent_invalid', 0) ?? 0,
			monthlyVolume: this.whole(line, row, 'monthly_volume'),
			updatedAt: row('updated_at').trim() || this.now,
		};
	}

	/** Points a validator issue (`zoneRates.remote_2.bands[1].priceFen`) at the row and column it came from. */
	locate(found: ValidationIssue): ValidationIssue {
		const field =
			found.path
				.split('.')
				.pop()
				?.replace(/\[\d+\]$/, '') ?? '';
		const column = COLUMN_OF_FIELD.get(field) ?? 'scope';
		const scopeMatch = /^(rates|zoneRates\.([^.]+)|provinceRates\.([^.]+))(?:\.bands\[(\d+)\])?/.exec(found.path);
		if (!scopeMatch) return located(found, { row: this.firstLine, column });
		const key = scopeMatch[2] ? `zone:${scopeMatch[2]}` : scopeMatch[3] ? `province:${scopeMatch[3]}` : 'base';
		const entry = this.scopes.get(key);
		const band = scopeMatch[4];
		const line = band !== undefined ? entry?.bandLines[Number(band)] : (entry?.rateLine ?? entry?.bandLines[0]);
		return located(found, { row: line ?? this.firstLine, column });
	}
}

const cellKey = (found: ValidationIssue) => `${found.at?.row}:${found.at?.column}`;

export function contractsFromCsv(text: string, now: string): Result<MerchantContract[], ValidationIssue[]> {
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
	const [header = [], ...records] = parsed.data;
	const fields = header.map((field) => field.trim());
	// Line numbers as a spreadsheet shows them: the header is row 1.
	const issues: ValidationIssue[] = parsed.errors.map((error) =>
		located(issue('', 'csv_syntax'), { row: (error.row ?? 0) + 1 }),
	);
	const missing = COLUMNS.filter((column) => !fields.includes(column));
	if (missing.length)
		issues.push(located(issue('', 'csv_missing_columns', { columns: missing.join(', ') }), { row: 1 }));
	records.forEach((cells, index) => {
		if (cells.length !== fields.length) issues.push(located(issue('', 'csv_syntax'), { row: index + 2 }));
	});
	if (issues.length) return fail(issues);
	if (records.length === 0) return fail([located(issue('', 'csv_no_rows'), { row: 2 })]);
	const position = new Map(COLUMNS.map((column) => [column, fields.indexOf(column)]));
	const rowOf =
		(cells: string[]): Row =>
		(column) =>
			unescapeCsvCell(cells[position.get(column) ?? -1] ?? '');

	const groups = new Map<string, ContractRows>();
	records.forEach((cells, index) => {
		const line = index + 2;
		const row = rowOf(cells);
		const id = row('contract_id').trim();
		let group = groups.get(id);
		if (!group) {
			group = new ContractRows(line, row, now);
			groups.set(id, group);
		}
		group.add(line, row);
	});
	const contracts: MerchantContract[] = [];
	for (const group of groups.values()) {
		const result = parseContract(group.candidate());
		// A cell the reader already reported (unreadable text) is not reported again by the validator.
		const reported = new Set(group.issues.map(cellKey));
		issues.push(...group.issues);
		if (result.ok) contracts.push(result.value);
		else
			issues.push(...result.error.map((found) => group.locate(found)).filter((found) => !reported.has(cellKey(found))));
	}
	return issues.length ? fail(issues) : ok(contracts);
}
