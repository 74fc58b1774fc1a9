import {
	extraStepsFor,
	type MerchantContract,
	type RateCard,
	type ValidationIssue,
	type WeightBand,
} from './contract-model';
import { isProvinceCode } from './geography';
import { type CarrierId, isCarrierId } from './ids';
import { ZONES } from './zones';

/** Upper limits that catch typos (fen for yuan × 100 twice) without rejecting any real tariff. */
const MAX_FEN = 100_000_000;
const MAX_GRAMS = 1_000_000;
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

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (2025-02-30 is rejected). */
function isIsoDay(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const match = ISO_DAY.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function joinPath(base: string, key: string): string {
	return base === '' ? key : `${base}.${key}`;
}

class Issues {
	readonly list: ValidationIssue[] = [];
	add(path: string, message: string): void {
		this.list.push({ path, message });
	}
}

function checkFen(issues: Issues, value: unknown, path: string): value is number {
	if (!isIntegerIn(value, 0, MAX_FEN)) {
		issues.add(path, `must be a whole number of fen between 0 and ${MAX_FEN}`);
		return false;
	}
	return true;
}

function checkGrams(issues: Issues, value: unknown, path: string): value is number {
	if (!isIntegerIn(value, 1, MAX_GRAMS)) {
		issues.add(path, `must be a whole number of grams between 1 and ${MAX_GRAMS}`);
		return false;
	}
	return true;
}

function checkRateCard(issues: Issues, value: unknown, path: string): void {
	if (!isObject(value)) {
		issues.add(path, 'must be a rate card object');
		return;
	}
	const firstGramsOk = checkGrams(issues, value.firstGrams, joinPath(path, 'firstGrams'));
	const firstFenOk = checkFen(issues, value.firstFen, joinPath(path, 'firstFen'));
	const extraFenOk = checkFen(issues, value.extraFen, joinPath(path, 'extraFen'));
	const stepOk = checkGrams(issues, value.extraStepGrams, joinPath(path, 'extraStepGrams'));
	const bandsPath = joinPath(path, 'bands');
	if (!Array.isArray(value.bands)) {
		issues.add(bandsPath, 'must be a list of weight bands (may be empty)');
		return;
	}
	let previous: WeightBand | null = null;
	let bandsOk = true;
	for (const [index, band] of (value.bands as unknown[]).entries()) {
		const bandPath = `${bandsPath}[${index}]`;
		if (!isObject(band)) {
			issues.add(bandPath, 'must be a band with maxGrams and priceFen');
			bandsOk = false;
			continue;
		}
		const gramsOk = checkGrams(issues, band.maxGrams, `${bandPath}.maxGrams`);
		const priceOk = checkFen(issues, band.priceFen, `${bandPath}.priceFen`);
		if (!gramsOk || !priceOk) {
			bandsOk = false;
			continue;
		}
		const current: WeightBand = { maxGrams: band.maxGrams as number, priceFen: band.priceFen as number };
		if (previous !== null) {
			if (current.maxGrams <= previous.maxGrams) {
				issues.add(`${bandPath}.maxGrams`, 'bands must be sorted by weight without overlap (strictly ascending)');
				bandsOk = false;
			}
			if (current.priceFen < previous.priceFen) {
				issues.add(`${bandPath}.priceFen`, 'a heavier band must not cost less than a lighter one');
				bandsOk = false;
			}
		}
		previous = current;
	}
	// Keeps cost monotone in weight: the first parcel priced above the last band must not be cheaper than that band.
	const last = previous;
	if (last !== null && bandsOk && firstGramsOk && firstFenOk && extraFenOk && stepOk) {
		const card = value as unknown as RateCard;
		const above = card.firstFen + extraStepsFor(card, last.maxGrams + 1) * card.extraFen;
		if (above < last.priceFen) {
			issues.add(
				joinPath(path, 'firstFen'),
				`above the last band (${last.maxGrams} g) the price would drop below the band price ${last.priceFen}`,
			);
		}
	}
}

/**
 * Every structural and semantic problem of a stored contract, each with its field path. Never throws.
 * Carrier ids must be core ids: an import layer maps aliases such as `best` first.
 */
export function validateContract(value: unknown): ValidationIssue[] {
	const issues = new Issues();
	try {
		checkContract(issues, value);
	} catch {
		// Exotic inputs (throwing getters, proxies) end up here: report rather than throw.
		issues.add('', 'could not be read as a contract');
	}
	return issues.list;
}

function checkContract(issues: Issues, value: unknown): void {
	if (!isObject(value)) {
		issues.add('', 'must be a contract object');
		return;
	}
	if (typeof value.id !== 'string' || value.id.trim() === '') issues.add('id', 'must be a non-empty string');
	if (!isCarrierId(value.carrier)) issues.add('carrier', 'unknown carrier');
	if (typeof value.name !== 'string') issues.add('name', 'must be a string');

	const fromOk = value.validFrom === null || isIsoDay(value.validFrom);
	const toOk = value.validTo === null || isIsoDay(value.validTo);
	if (!fromOk) issues.add('validFrom', 'must be a date YYYY-MM-DD or null');
	if (!toOk) issues.add('validTo', 'must be a date YYYY-MM-DD or null');
	if (fromOk && toOk && typeof value.validFrom === 'string' && typeof value.validTo === 'string') {
		if (value.validFrom > value.validTo) issues.add('validTo', 'must not be before validFrom');
	}

	if (!Array.isArray(value.originProvinces)) {
		issues.add('originProvinces', 'must be a list of province codes (empty = any origin)');
	} else {
		const seen = new Set<unknown>();
		value.originProvinces.forEach((code: unknown, index: number) => {
			if (!isProvinceCode(code)) issues.add(`originProvinces[${index}]`, 'unknown province code');
			else if (seen.has(code)) issues.add(`originProvinces[${index}]`, 'listed twice');
			seen.add(code);
		});
	}

	checkRateCard(issues, value.rates, 'rates');

	if (!isObject(value.zoneRates)) {
		issues.add('zoneRates', 'must be an object keyed by zone (may be empty)');
	} else {
		for (const [zone, card] of Object.entries(value.zoneRates)) {
			if (!(ZONES as readonly string[]).includes(zone)) issues.add(`zoneRates.${zone}`, 'unknown zone');
			else if (card !== undefined) checkRateCard(issues, card, `zoneRates.${zone}`);
		}
	}

	if (!isObject(value.provinceRates)) {
		issues.add('provinceRates', 'must be an object keyed by province code (may be empty)');
	} else {
		for (const [code, card] of Object.entries(value.provinceRates)) {
			if (!isProvinceCode(code)) issues.add(`provinceRates.${code}`, 'unknown province code');
			else checkRateCard(issues, card, `provinceRates.${code}`);
		}
	}

	if (!isObject(value.remoteSurcharge)) {
		issues.add('remoteSurcharge', 'must be an object with remote1Fen and remote2Fen');
	} else {
		checkFen(issues, value.remoteSurcharge.remote1Fen, 'remoteSurcharge.remote1Fen');
		checkFen(issues, value.remoteSurcharge.remote2Fen, 'remoteSurcharge.remote2Fen');
	}

	if (value.volumetricDivisor !== null && !isIntegerIn(value.volumetricDivisor, MIN_DIVISOR, MAX_DIVISOR)) {
		issues.add(
			'volumetricDivisor',
			`must be null or a whole number of cm³/kg between ${MIN_DIVISOR} and ${MAX_DIVISOR}`,
		);
	}
	checkFen(issues, value.pickupFeeFen, 'pickupFeeFen');
	checkFen(issues, value.doorDeliveryFeeFen, 'doorDeliveryFeeFen');
	if (!isIntegerIn(value.insuranceBp, 0, MAX_BP)) {
		issues.add('insuranceBp', `must be a whole number of basis points between 0 and ${MAX_BP}`);
	}
	if (value.monthlyVolume !== null && !isIntegerIn(value.monthlyVolume, 0, Number.MAX_SAFE_INTEGER)) {
		issues.add('monthlyVolume', 'must be null or a whole number of parcels');
	}
	if (typeof value.updatedAt !== 'string' || !Number.isFinite(Date.parse(value.updatedAt))) {
		issues.add('updatedAt', 'must be an ISO timestamp');
	}
}

export function parseContract(
	value: unknown,
): { ok: true; contract: MerchantContract } | { ok: false; issues: ValidationIssue[] } {
	const issues = validateContract(value);
	if (issues.length > 0) return { ok: false, issues };
	return { ok: true, contract: value as MerchantContract };
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
