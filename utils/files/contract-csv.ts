import Papa from 'papaparse';
import type { MerchantContract, RateCard, ValidationIssue } from '../core/contract-model';
import { parseContract } from '../core/contract-validation';
import { formatScaledDecimal, parseScaledDecimal } from '../core/decimal';
import { fenToYuanText } from '../core/money';
import type { ContractFileResult } from './contract-file';

/**
 * CSV layout, one rate line per row, the contract's own fields repeated on each of its rows:
 * `scope` is `base`, `zone:<zone id>` or `province:<code>`; `rule` is `rate` (first weight + extra
 * weight, exactly one per scope) or `band` (a flat price up to max_kg). Money in yuan, weights in kg,
 * insurance in percent, origin provinces as codes separated by `;`. Excel/WPS friendly (UTF-8 BOM).
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
type Row = Record<Column, string>;

const yuan = fenToYuanText;
const kg = (grams: number) => formatScaledDecimal(grams, 3);

function scopesOf(contract: MerchantContract): [string, RateCard][] {
	return [
		['base', contract.rates],
		...Object.entries(contract.zoneRates).map(([zone, card]): [string, RateCard] => [`zone:${zone}`, card as RateCard]),
		...Object.entries(contract.provinceRates).map(([code, card]): [string, RateCard] => [`province:${code}`, card]),
	];
}

export function contractsToCsv(contracts: MerchantContract[]): string {
	const rows = contracts.flatMap((contract) => {
		const shared = {
			contract_id: contract.id,
			carrier: contract.carrier,
			name: contract.name,
			valid_from: contract.validFrom ?? '',
			valid_to: contract.validTo ?? '',
			origin_provinces: contract.originProvinces.join(';'),
			monthly_volume: contract.monthlyVolume === null ? '' : String(contract.monthlyVolume),
			volumetric_divisor: contract.volumetricDivisor === null ? '' : String(contract.volumetricDivisor),
			pickup_fee_yuan: yuan(contract.pickupFeeFen),
			door_delivery_fee_yuan: yuan(contract.doorDeliveryFeeFen),
			insurance_percent: formatScaledDecimal(contract.insuranceBp, 2),
			remote1_surcharge_yuan: yuan(contract.remoteSurcharge.remote1Fen),
			remote2_surcharge_yuan: yuan(contract.remoteSurcharge.remote2Fen),
			updated_at: contract.updatedAt,
		};
		const blank = { max_kg: '', price_yuan: '', first_kg: '', first_yuan: '', extra_yuan: '', extra_step_kg: '' };
		return scopesOf(contract).flatMap(([scope, card]) => [
			{
				...shared,
				...blank,
				scope,
				rule: 'rate',
				first_kg: kg(card.firstGrams),
				first_yuan: yuan(card.firstFen),
				extra_yuan: yuan(card.extraFen),
				extra_step_kg: kg(card.extraStepGrams),
			},
			...card.bands.map((band) => ({
				...shared,
				...blank,
				scope,
				rule: 'band',
				max_kg: kg(band.maxGrams),
				price_yuan: yuan(band.priceFen),
			})),
		]);
	});
	return `\uFEFF${Papa.unparse({ fields: [...COLUMNS], data: rows.map((row) => COLUMNS.map((c) => row[c])) })}\r\n`;
}

/** Which CSV column a contract field path comes from, to point errors at the cell the merchant typed. */
const COLUMN_OF_FIELD: Record<string, Column> = {
	id: 'contract_id',
	carrier: 'carrier',
	name: 'name',
	validFrom: 'valid_from',
	validTo: 'valid_to',
	originProvinces: 'origin_provinces',
	monthlyVolume: 'monthly_volume',
	volumetricDivisor: 'volumetric_divisor',
	pickupFeeFen: 'pickup_fee_yuan',
	doorDeliveryFeeFen: 'door_delivery_fee_yuan',
	insuranceBp: 'insurance_percent',
	remote1Fen: 'remote1_surcharge_yuan',
	remote2Fen: 'remote2_surcharge_yuan',
	updatedAt: 'updated_at',
	maxGrams: 'max_kg',
	priceFen: 'price_yuan',
	firstGrams: 'first_kg',
	firstFen: 'first_yuan',
	extraFen: 'extra_yuan',
	extraStepGrams: 'extra_step_kg',
};

const at = (line: number, column: string, message: string): ValidationIssue => ({
	path: `row ${line}, column ${column}`,
	message,
});

/** One contract's rows, turned into the model, remembering which line each rate line came from. */
class ContractRows {
	readonly issues: ValidationIssue[] = [];
	readonly scopes = new Map<string, { rateLine: number | null; card: RateCard; bandLines: number[] }>();
	constructor(
		readonly firstLine: number,
		readonly first: Row,
	) {}

	number(line: number, row: Row, column: Column, decimals: number, allowEmpty = false): number | null {
		const text = row[column].trim();
		if (text === '' && allowEmpty) return null;
		const value = parseScaledDecimal(text, decimals);
		if (value === null)
			this.issues.push(at(line, column, `"${text}" is not a number with at most ${decimals} decimals`));
		return value;
	}

	add(line: number, row: Row): void {
		for (const column of CONTRACT_COLUMNS) {
			if (row[column] !== this.first[column]) {
				this.issues.push(at(line, column, `differs from row ${this.firstLine} of the same contract_id`));
			}
		}
		const scope = row.scope.trim();
		if (scope !== 'base' && !/^(zone|province):\S+$/.test(scope)) {
			this.issues.push(at(line, 'scope', 'expected base, zone:<zone> or province:<code>'));
			return;
		}
		let entry = this.scopes.get(scope);
		if (!entry) {
			entry = {
				rateLine: null,
				card: { bands: [], firstGrams: 0, firstFen: 0, extraFen: 0, extraStepGrams: 0 },
				bandLines: [],
			};
			this.scopes.set(scope, entry);
		}
		const rule = row.rule.trim();
		if (rule === 'band') {
			entry.card.bands.push({
				maxGrams: this.number(line, row, 'max_kg', 3) ?? 0,
				priceFen: this.number(line, row, 'price_yuan', 2) ?? 0,
			});
			entry.bandLines.push(line);
		} else if (rule === 'rate') {
			if (entry.rateLine !== null)
				this.issues.push(at(line, 'rule', `scope ${scope} already has a rate row (row ${entry.rateLine})`));
			entry.rateLine = line;
			entry.card.firstGrams = this.number(line, row, 'first_kg', 3) ?? 0;
			entry.card.firstFen = this.number(line, row, 'first_yuan', 2) ?? 0;
			entry.card.extraFen = this.number(line, row, 'extra_yuan', 2) ?? 0;
			entry.card.extraStepGrams = this.number(line, row, 'extra_step_kg', 3) ?? 0;
		} else {
			this.issues.push(at(line, 'rule', 'expected rate or band'));
		}
	}

	candidate(): unknown {
		const row = this.first;
		const line = this.firstLine;
		const zoneRates: Record<string, RateCard> = {};
		const provinceRates: Record<string, RateCard> = {};
		for (const [scope, entry] of this.scopes) {
			if (entry.rateLine === null)
				this.issues.push(at(entry.bandLines[0] ?? line, 'rule', `scope ${scope} has no rate row`));
			const [kind, key = ''] = scope.split(':');
			if (kind === 'zone') zoneRates[key] = entry.card;
			if (kind === 'province') provinceRates[key] = entry.card;
		}
		return {
			id: row.contract_id,
			carrier: row.carrier,
			name: row.name,
			validFrom: row.valid_from || null,
			validTo: row.valid_to || null,
			originProvinces: row.origin_provinces ? row.origin_provinces.split(';').map((code) => code.trim()) : [],
			rates: this.scopes.get('base')?.card,
			zoneRates,
			provinceRates,
			remoteSurcharge: {
				remote1Fen: this.number(line, row, 'remote1_surcharge_yuan', 2),
				remote2Fen: this.number(line, row, 'remote2_surcharge_yuan', 2),
			},
			volumetricDivisor: this.number(line, row, 'volumetric_divisor', 0, true),
			pickupFeeFen: this.number(line, row, 'pickup_fee_yuan', 2),
			doorDeliveryFeeFen: this.number(line, row, 'door_delivery_fee_yuan', 2),
			insuranceBp: this.number(line, row, 'insurance_percent', 2),
			monthlyVolume: this.number(line, row, 'monthly_volume', 0, true),
			updatedAt: row.updated_at,
		};
	}

	/** Points a validator path (`zoneRates.remote_2.bands[1].priceFen`) at the row and column it came from. */
	locate(path: string): string {
		const field =
			path
				.split('.')
				.pop()
				?.replace(/\[\d+\]$/, '') ?? '';
		const column = COLUMN_OF_FIELD[field] ?? field;
		const scopeMatch = /^(rates|zoneRates\.([^.]+)|provinceRates\.([^.]+))(?:\.bands\[(\d+)\])?/.exec(path);
		if (!scopeMatch) return `row ${this.firstLine}, column ${column}`;
		const scope = scopeMatch[2] ? `zone:${scopeMatch[2]}` : scopeMatch[3] ? `province:${scopeMatch[3]}` : 'base';
		const entry = this.scopes.get(scope);
		const band = scopeMatch[4];
		const line = band !== undefined ? entry?.bandLines[Number(band)] : (entry?.rateLine ?? entry?.bandLines[0]);
		return `row ${line ?? this.firstLine}, column ${column}`;
	}
}

export function contractsFromCsv(text: string): ContractFileResult {
	const parsed = Papa.parse<Row>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
	// Line numbers as a spreadsheet shows them: the header is row 1.
	const issues: ValidationIssue[] = parsed.errors.map((error) => ({
		path: `row ${(error.row ?? 0) + 2}`,
		message: error.message,
	}));
	const missing = COLUMNS.filter((column) => !parsed.meta.fields?.includes(column));
	if (missing.length) issues.push({ path: 'row 1', message: `missing columns: ${missing.join(', ')}` });
	if (issues.length) return { ok: false, issues };
	if (parsed.data.length === 0)
		return { ok: false, issues: [{ path: 'row 2', message: 'the file has no contract rows' }] };

	const groups = new Map<string, ContractRows>();
	parsed.data.forEach((row, index) => {
		const line = index + 2;
		let group = groups.get(row.contract_id);
		if (!group) {
			group = new ContractRows(line, row);
			groups.set(row.contract_id, group);
		}
		group.add(line, row);
	});
	const contracts: MerchantContract[] = [];
	for (const group of groups.values()) {
		const result = parseContract(group.candidate());
		issues.push(...group.issues);
		if (result.ok) contracts.push(result.contract);
		else issues.push(...result.issues.map((issue) => ({ path: group.locate(issue.path), message: issue.message })));
	}
	return issues.length ? { ok: false, issues } : { ok: true, contracts };
}
