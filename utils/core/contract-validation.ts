import { isIsoDay, isIsoTimestamp } from './calendar';
import {
	extraStepsFor,
	MAX_CONTRACT_ID_LENGTH,
	MAX_CONTRACT_NAME_LENGTH,
	MAX_WEIGHT_BANDS,
	type MerchantContract,
	PLAUSIBLE_RATE_GRAMS,
	type RateCard,
	type WeightBand,
} from './contract-model';
import { isProvinceCode } from './geography';
import { type CarrierId, isCarrierId, type ProvinceCode } from './ids';
import { issue, type ValidationIssue } from './issues';
import { fail, ok, type Result } from './result';
import { ZONES, type Zone } from './zones';

/** Upper limits that catch typos (fen for yuan × 100 twice) without rejecting any real tariff. */
const MAX_FEN = 100_000_000;
const MIN_DIVISOR = 1000;
const MAX_DIVISOR = 100_000;
const MAX_BP = 10_000;

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIntegerIn(value: unknown, min: number, max: number): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** A value as the merchant would recognise it in an issue: text as is (cut to 60 characters), anything else as JSON. */
function shown(value: unknown): string {
	let text: string;
	try {
		text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
	} catch {
		text = String(value);
	}
	return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function joinPath(base: string, key: string): string {
	return base === '' ? key : `${base}.${key}`;
}

function checkFen(issues: ValidationIssue[], value: unknown, path: string): value is number {
	if (isIntegerIn(value, 0, MAX_FEN)) return true;
	issues.push(issue(path, 'money_out_of_range', { maxFen: MAX_FEN }));
	return false;
}

/** Whole positive grams within what real tariffs use; outside, the hint is that kg and g were swapped. */
function checkRateGrams(issues: ValidationIssue[], value: unknown, path: string): value is number {
	if (!isIntegerIn(value, 1, Number.MAX_SAFE_INTEGER)) {
		issues.push(issue(path, 'weight_invalid'));
		return false;
	}
	if (value < PLAUSIBLE_RATE_GRAMS.min || value > PLAUSIBLE_RATE_GRAMS.max) {
		issues.push(
			issue(path, 'weight_unit_suspect', {
				grams: value,
				minGrams: PLAUSIBLE_RATE_GRAMS.min,
				maxGrams: PLAUSIBLE_RATE_GRAMS.max,
			}),
		);
		return false;
	}
	return true;
}

/** Checks a rate card and returns a copy holding the model's fields only, or null when it has problems. */
function readRateCard(issues: ValidationIssue[], value: unknown, path: string): RateCard | null {
	if (!isObject(value)) {
		issues.push(issue(path, 'not_an_object'));
		return null;
	}
	const before = issues.length;
	const firstGramsOk = checkRateGrams(issues, value.firstGrams, joinPath(path, 'firstGrams'));
	const firstFenOk = checkFen(issues, value.firstFen, joinPath(path, 'firstFen'));
	const extraFenOk = checkFen(issues, value.extraFen, joinPath(path, 'extraFen'));
	const stepOk = checkRateGrams(issues, value.extraStepGrams, joinPath(path, 'extraStepGrams'));
	const bandsPath = joinPath(path, 'bands');
	if (!Array.isArray(value.bands)) {
		issues.push(issue(bandsPath, 'not_a_list'));
		return null;
	}
	if (value.bands.length > MAX_WEIGHT_BANDS) {
		issues.push(issue(bandsPath, 'list_too_long', { max: MAX_WEIGHT_BANDS }));
		return null;
	}
	const bands: WeightBand[] = [];
	let bandsOk = true;
	for (const [index, band] of (value.bands as unknown[]).entries()) {
		const bandPath = `${bandsPath}[${index}]`;
		if (!isObject(band)) {
			issues.push(issue(bandPath, 'not_an_object'));
			bandsOk = false;
			continue;
		}
		const gramsOk = checkRateGrams(issues, band.maxGrams, `${bandPath}.maxGrams`);
		const priceOk = checkFen(issues, band.priceFen, `${bandPath}.priceFen`);
		if (!gramsOk || !priceOk) {
			bandsOk = false;
			continue;
		}
		const current: WeightBand = { maxGrams: band.maxGrams as number, priceFen: band.priceFen as number };
		const previous = bands.at(-1);
		if (previous !== undefined) {
			if (current.maxGrams <= previous.maxGrams) {
				issues.push(issue(`${bandPath}.maxGrams`, 'bands_unsorted'));
				bandsOk = false;
			}
			if (current.priceFen < previous.priceFen) {
				issues.push(issue(`${bandPath}.priceFen`, 'band_price_decreasing'));
				bandsOk = false;
			}
		}
		bands.push(current);
	}
	if (!(firstGramsOk && firstFenOk && extraFenOk && stepOk && bandsOk)) return null;
	const card: RateCard = {
		bands,
		firstGrams: value.firstGrams as number,
		firstFen: value.firstFen as number,
		extraFen: value.extraFen as number,
		extraStepGrams: value.extraStepGrams as number,
	};
	// Keeps cost monotone in weight: the first parcel priced above the last band must not be cheaper than that band.
	const last = bands.at(-1);
	if (last !== undefined) {
		const above = card.firstFen + extraStepsFor(card, last.maxGrams + 1) * card.extraFen;
		if (above < last.priceFen) {
			issues.push(
				issue(joinPath(path, 'firstFen'), 'price_drops_after_bands', {
					maxGrams: last.maxGrams,
					priceFen: last.priceFen,
				}),
			);
		}
	}
	return issues.length === before ? card : null;
}

/**
 * Every structural and semantic problem of a contract, each with its field path. Never throws.
 * Carrier ids must be core ids: an import layer maps names and aliases (中通, best) first.
 */
export function validateContract(value: unknown): ValidationIssue[] {
	return readContract(value).issues;
}

/**
 * The contract exactly as the model has it: a copy with only the model's fields (unknown fields, an own
 * `__proto__` key or a huge extra string are dropped here, at the boundary), or every problem found.
 */
export function parseContract(value: unknown): Result<MerchantContract, ValidationIssue[]> {
	const { contract, issues } = readContract(value);
	return contract !== null && issues.length === 0 ? ok(contract) : fail(issues);
}

function readContract(value: unknown): { contract: MerchantContract | null; issues: ValidationIssue[] } {
	const issues: ValidationIssue[] = [];
	try {
		return { contract: checkContract(issues, value), issues };
	} catch {
		// Exotic inputs (throwing getters, proxies) end up here: report rather than throw.
		return { contract: null, issues: [...issues, issue('', 'unreadable')] };
	}
}

function checkText(issues: ValidationIssue[], value: unknown, path: string, max: number, required: boolean): void {
	if (typeof value !== 'string') issues.push(issue(path, required ? 'required' : 'text_invalid'));
	else if (required && value.trim() === '') issues.push(issue(path, 'required'));
	else if (value.length > max) issues.push(issue(path, 'text_too_long', { max }));
}

function readOrigins(issues: ValidationIssue[], value: unknown): ProvinceCode[] {
	if (!Array.isArray(value)) {
		issues.push(issue('originProvinces', 'not_a_list'));
		return [];
	}
	const seen = new Set<unknown>();
	value.forEach((code: unknown, index: number) => {
		const path = `originProvinces[${index}]`;
		if (!isProvinceCode(code)) issues.push(issue(path, 'province_unknown', { value: shown(code) }));
		else if (seen.has(code)) issues.push(issue(path, 'province_duplicate', { value: code }));
		seen.add(code);
	});
	return value.filter(isProvinceCode);
}

/** Own keys only (`Object.entries`), so `__proto__` or `constructor` are keys like any other: reported, never inherited. */
function readZoneRates(issues: ValidationIssue[], value: unknown): Partial<Record<Zone, RateCard>> {
	if (!isObject(value)) {
		issues.push(issue('zoneRates', 'not_an_object'));
		return {};
	}
	const entries: [Zone, RateCard][] = [];
	for (const [key, card] of Object.entries(value)) {
		const zone = ZONES.find((known) => known === key);
		if (zone === undefined) issues.push(issue(`zoneRates.${key}`, 'zone_unknown', { value: shown(key) }));
		else {
			const read = readRateCard(issues, card, `zoneRates.${key}`);
			if (read) entries.push([zone, read]);
		}
	}
	return Object.fromEntries(entries);
}

function readProvinceRates(issues: ValidationIssue[], value: unknown): Record<ProvinceCode, RateCard> {
	if (!isObject(value)) {
		issues.push(issue('provinceRates', 'not_an_object'));
		return {};
	}
	const entries: [ProvinceCode, RateCard][] = [];
	for (const [code, card] of Object.entries(value)) {
		if (!isProvinceCode(code)) issues.push(issue(`provinceRates.${code}`, 'province_unknown', { value: shown(code) }));
		else {
			const read = readRateCard(issues, card, `provinceRates.${code}`);
			if (read) entries.push([code, read]);
		}
	}
	return Object.fromEntries(entries);
}

function checkContract(issues: ValidationIssue[], value: unknown): MerchantContract | null {
	if (!isObject(value)) {
		issues.push(issue('', 'not_an_object'));
		return null;
	}
	checkText(issues, value.id, 'id', MAX_CONTRACT_ID_LENGTH, true);
	if (!isCarrierId(value.carrier)) issues.push(issue('carrier', 'carrier_unknown', { value: shown(value.carrier) }));
	checkText(issues, value.name, 'name', MAX_CONTRACT_NAME_LENGTH, false);

	const fromOk = value.validFrom === null || isIsoDay(value.validFrom);
	const toOk = value.validTo === null || isIsoDay(value.validTo);
	if (!fromOk) issues.push(issue('validFrom', 'date_invalid', { value: shown(value.validFrom) }));
	if (!toOk) issues.push(issue('validTo', 'date_invalid', { value: shown(value.validTo) }));
	if (fromOk && toOk && typeof value.validFrom === 'string' && typeof value.validTo === 'string') {
		if (value.validFrom > value.validTo) {
			issues.push(issue('validTo', 'date_order', { validFrom: value.validFrom, validTo: value.validTo }));
		}
	}

	const originProvinces = readOrigins(issues, value.originProvinces);
	const rates = readRateCard(issues, value.rates, 'rates');
	const zoneRates = readZoneRates(issues, value.zoneRates);
	const provinceRates = readProvinceRates(issues, value.provinceRates);

	const surcharge = value.remoteSurcharge;
	if (!isObject(surcharge)) issues.push(issue('remoteSurcharge', 'not_an_object'));
	else {
		checkFen(issues, surcharge.remote1Fen, 'remoteSurcharge.remote1Fen');
		checkFen(issues, surcharge.remote2Fen, 'remoteSurcharge.remote2Fen');
	}

	if (value.volumetricDivisor !== null && !isIntegerIn(value.volumetricDivisor, MIN_DIVISOR, MAX_DIVISOR)) {
		issues.push(issue('volumetricDivisor', 'divisor_out_of_range', { min: MIN_DIVISOR, max: MAX_DIVISOR }));
	}
	checkFen(issues, value.pickupFeeFen, 'pickupFeeFen');
	checkFen(issues, value.doorDeliveryFeeFen, 'doorDeliveryFeeFen');
	if (!isIntegerIn(value.insuranceBp, 0, MAX_BP)) {
		issues.push(issue('insuranceBp', 'percent_out_of_range', { maxBp: MAX_BP }));
	}
	if (value.monthlyVolume !== null && !isIntegerIn(value.monthlyVolume, 0, Number.MAX_SAFE_INTEGER)) {
		issues.push(issue('monthlyVolume', 'count_invalid'));
	}
	if (!isIsoTimestamp(value.updatedAt)) {
		issues.push(issue('updatedAt', 'timestamp_invalid', { value: shown(value.updatedAt) }));
	}
	if (issues.length > 0 || rates === null || !isObject(surcharge)) return null;
	return {
		id: value.id as string,
		carrier: value.carrier as CarrierId,
		name: value.name as string,
		validFrom: value.validFrom as string | null,
		validTo: value.validTo as string | null,
		originProvinces,
		rates,
		zoneRates,
		provinceRates,
		remoteSurcharge: { remote1Fen: surcharge.remote1Fen as number, remote2Fen: surcharge.remote2Fen as number },
		volumetricDivisor: value.volumetricDivisor as number | null,
		pickupFeeFen: value.pickupFeeFen as number,
		doorDeliveryFeeFen: value.doorDeliveryFeeFen as number,
		insuranceBp: value.insuranceBp as number,
		monthlyVolume: value.monthlyVolume as number | null,
		updatedAt: value.updatedAt as string,
	};
}

/**
 * The popup's quick contract: 首重 for the first kg, 续重 per started kg after it, nationwide, from any
 * origin, no bands, overrides, surcharges or fees. First ¥2 + ¥1/kg: 1 kg → 200, 2.5 kg → 400.
 */
export function createQuickContract(input: {
	id: string;
	carrier: CarrierId;
	firstFen: number;
	extraFen: number;
	updatedAt: string;
	name?: string;
}): MerchantContract {
	return {
		id: input.id,
		carrier: input.carrier,
		name: input.name ?? '',
		validFrom: null,
		validTo: null,
		originProvinces: [],
		rates: { bands: [], firstGrams: 1000, firstFen: input.firstFen, extraFen: input.extraFen, extraStepGrams: 1000 },
		zoneRates: {},
		provinceRates: {},
		remoteSurcharge: { remote1Fen: 0, remote2Fen: 0 },
		volumetricDivisor: null,
		pickupFeeFen: 0,
		doorDeliveryFeeFen: 0,
		insuranceBp: 0,
		monthlyVolume: null,
		updatedAt: input.updatedAt,
	};
}
