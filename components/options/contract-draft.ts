import type { MerchantContract, RateCard } from '../../utils/core/contract-model';
import { validateContract } from '../../utils/core/contract-validation';
import type { CarrierId, ProvinceCode } from '../../utils/core/ids';
import { issue, type ValidationIssue } from '../../utils/core/issues';
import { parseDateInput, parseWholeInput } from '../../utils/core/merchant-input';
import { fenToYuanText } from '../../utils/core/money';
import type { Zone } from '../../utils/core/zones';
import { bpToPercentText, gramsToKgText, parseKgText, parsePercentText, parseYuanText } from '../format';

/** The rate-card editor edits text (yuan, kg, %) and converts to the model (fen, grams, bp) to validate. */

export interface BandDraft {
	/** Stable list key while rows are added and removed. */
	key: number;
	maxKg: string;
	priceYuan: string;
}

export interface CardDraft {
	bands: BandDraft[];
	firstKg: string;
	firstYuan: string;
	extraYuan: string;
	stepKg: string;
}

/** What an override prices: a zone, or a group of provinces that share one card (江浙沪, 偏远, any chosen set). */
export type OverrideTarget = { kind: 'zone'; zone: Zone } | { kind: 'provinces'; provinces: ProvinceCode[] };

/**
 * One override of the base card. A blank first weight, extra price or step takes the base card's value, so
 * "江浙沪 ¥2.5" needs one number; bands are the override's own.
 */
export interface OverrideDraft {
	key: number;
	target: OverrideTarget;
	card: CardDraft;
}

export interface ContractDraft {
	id: string;
	carrier: CarrierId;
	name: string;
	validFrom: string;
	validTo: string;
	originProvinces: ProvinceCode[];
	rates: CardDraft;
	/** Zone and province overrides in one list (stored as zoneRates and provinceRates). */
	overrides: OverrideDraft[];
	remote1Yuan: string;
	remote2Yuan: string;
	divisor: string;
	pickupYuan: string;
	doorYuan: string;
	insurancePercent: string;
	monthlyVolume: string;
	updatedAt: string;
}

let nextKey = 1;
export function newKey(): number {
	nextKey += 1;
	return nextKey;
}

export function emptyCardDraft(): CardDraft {
	return { bands: [], firstKg: '1', firstYuan: '', extraYuan: '', stepKg: '1' };
}

/** An override's card starts blank: every blank field but the bands follows the base card. */
export function blankOverrideCard(): CardDraft {
	return { bands: [], firstKg: '', firstYuan: '', extraYuan: '', stepKg: '' };
}

/** Provinces priced with identical cards become one group again (as the editor saved them). */
function groupSameCards(provinceRates: MerchantContract['provinceRates']): OverrideDraft[] {
	const groups = new Map<string, { card: RateCard; provinces: ProvinceCode[] }>();
	for (const [province, card] of Object.entries(provinceRates)) {
		const same = JSON.stringify(card);
		const group = groups.get(same) ?? { card, provinces: [] };
		group.provinces.push(province);
		groups.set(same, group);
	}
	return [...groups.values()].map(({ card, provinces }) => ({
		key: newKey(),
		target: { kind: 'provinces', provinces },
		card: cardToDraft(card),
	}));
}

function cardToDraft(card: RateCard): CardDraft {
	return {
		bands: card.bands.map((band) => ({
			key: newKey(),
			maxKg: gramsToKgText(band.maxGrams),
			priceYuan: fenToYuanText(band.priceFen),
		})),
		firstKg: gramsToKgText(card.firstGrams),
		firstYuan: fenToYuanText(card.firstFen),
		extraYuan: fenToYuanText(card.extraFen),
		stepKg: gramsToKgText(card.extraStepGrams),
	};
}

export function draftFromContract(contract: MerchantContract): ContractDraft {
	return {
		id: contract.id,
		carrier: contract.carrier,
		name: contract.name,
		validFrom: contract.validFrom ?? '',
		validTo: contract.validTo ?? '',
		originProvinces: [...contract.originProvinces],
		rates: cardToDraft(contract.rates),
		overrides: [
			...Object.entries(contract.zoneRates).flatMap(([zone, card]) =>
				card ? [{ key: newKey(), target: { kind: 'zone' as const, zone: zone as Zone }, card: cardToDraft(card) }] : [],
			),
			...groupSameCards(contract.provinceRates),
		],
		remote1Yuan: fenToYuanText(contract.remoteSurcharge.remote1Fen),
		remote2Yuan: fenToYuanText(contract.remoteSurcharge.remote2Fen),
		divisor: contract.volumetricDivisor === null ? '' : String(contract.volumetricDivisor),
		pickupYuan: fenToYuanText(contract.pickupFeeFen),
		doorYuan: fenToYuanText(contract.doorDeliveryFeeFen),
		insurancePercent: bpToPercentText(contract.insuranceBp),
		monthlyVolume: contract.monthlyVolume === null ? '' : String(contract.monthlyVolume),
		updatedAt: contract.updatedAt,
	};
}

export function newContractDraft(id: string, carrier: CarrierId): ContractDraft {
	return {
		id,
		carrier,
		name: '',
		validFrom: '',
		validTo: '',
		originProvinces: [],
		rates: emptyCardDraft(),
		overrides: [],
		remote1Yuan: '0',
		remote2Yuan: '0',
		divisor: '',
		pickupYuan: '0',
		doorYuan: '0',
		insurancePercent: '0',
		monthlyVolume: '',
		updatedAt: '',
	};
}

/** Where an override's issues are reported: its zone, or its group's first province (`provinceRates` while it has none). */
export function overridePath(target: OverrideTarget): string {
	return target.kind === 'zone'
		? `zoneRates.${target.zone}`
		: target.provinces[0] === undefined
			? 'provinceRates'
			: `provinceRates.${target.provinces[0]}`;
}

/** An override's blank first weight, extra price and step follow the base card (see OverrideDraft). */
function inheritBlanks(card: CardDraft, base: CardDraft): CardDraft {
	const or = (own: string, inherited: string) => (own.trim() === '' ? inherited : own);
	return {
		...card,
		firstKg: or(card.firstKg, base.firstKg),
		firstYuan: or(card.firstYuan, base.firstYuan),
		extraYuan: or(card.extraYuan, base.extraYuan),
		stepKg: or(card.stepKg, base.stepKg),
	};
}

/** A date as typed (2026-01-05, or 2026/1/5 where the browser has no date picker); what does not parse stays for the validator to report. */
function dayOrNull(text: string): string | null {
	const trimmed = text.trim();
	return trimmed === '' ? null : (parseDateInput(trimmed) ?? trimmed);
}

/** Converts the draft; every field that does not parse gets an issue at its model path. */
export function contractFromDraft(
	draft: ContractDraft,
	now: string,
): { contract: MerchantContract; issues: ValidationIssue[] } {
	const typing: ValidationIssue[] = [];
	const yuan = (text: string, path: string): number => {
		const fen = parseYuanText(text);
		if (fen === null) typing.push(issue(path, 'yuan_invalid', { value: text.trim() }));
		return fen ?? Number.NaN;
	};
	const kg = (text: string, path: string): number => {
		const grams = parseKgText(text);
		if (grams === null) typing.push(issue(path, 'kg_invalid', { value: text.trim() }));
		return grams ?? Number.NaN;
	};
	const percent = (text: string, path: string): number => {
		const bp = parsePercentText(text);
		if (bp === null) typing.push(issue(path, 'percent_invalid', { value: text.trim() }));
		return bp ?? Number.NaN;
	};
	const wholeOrNull = (text: string, path: string): number | null => {
		if (text.trim() === '') return null;
		const whole = parseWholeInput(text);
		if (whole === null) typing.push(issue(path, 'whole_number_invalid', { value: text.trim() }));
		return whole ?? Number.NaN;
	};
	const card = (d: CardDraft, path: string): RateCard => ({
		bands: d.bands.map((band, index) => ({
			maxGrams: kg(band.maxKg, `${path}.bands[${index}].maxGrams`),
			priceFen: yuan(band.priceYuan, `${path}.bands[${index}].priceFen`),
		})),
		firstGrams: kg(d.firstKg, `${path}.firstGrams`),
		firstFen: yuan(d.firstYuan, `${path}.firstFen`),
		extraFen: yuan(d.extraYuan, `${path}.extraFen`),
		extraStepGrams: kg(d.stepKg, `${path}.extraStepGrams`),
	});
	const zoneRates: MerchantContract['zoneRates'] = {};
	const provinceRates: MerchantContract['provinceRates'] = {};
	// A group's card is checked once, at its path (its first province); its other provinces' issues repeat it.
	const repeats = new Set<string>();
	for (const entry of draft.overrides) {
		const path = overridePath(entry.target);
		const filled = card(inheritBlanks(entry.card, draft.rates), path);
		if (entry.target.kind === 'zone') {
			if (zoneRates[entry.target.zone]) typing.push(issue(path, 'duplicate_override'));
			zoneRates[entry.target.zone] = filled;
			continue;
		}
		if (entry.target.provinces.length === 0) typing.push(issue(path, 'required'));
		for (const [index, province] of entry.target.provinces.entries()) {
			const own = `provinceRates.${province}`;
			if (provinceRates[province]) typing.push(issue(own, 'duplicate_override'));
			else if (index > 0) repeats.add(own);
			provinceRates[province] = filled;
		}
	}
	const contract: MerchantContract = {
		id: draft.id,
		carrier: draft.carrier,
		name: draft.name.trim(),
		validFrom: dayOrNull(draft.validFrom),
		validTo: dayOrNull(draft.validTo),
		originProvinces: draft.originProvinces,
		rates: card(draft.rates, 'rates'),
		zoneRates,
		provinceRates,
		remoteSurcharge: {
			remote1Fen: yuan(draft.remote1Yuan, 'remoteSurcharge.remote1Fen'),
			remote2Fen: yuan(draft.remote2Yuan, 'remoteSurcharge.remote2Fen'),
		},
		volumetricDivisor: wholeOrNull(draft.divisor, 'volumetricDivisor'),
		pickupFeeFen: yuan(draft.pickupYuan, 'pickupFeeFen'),
		doorDeliveryFeeFen: yuan(draft.doorYuan, 'doorDeliveryFeeFen'),
		insuranceBp: percent(draft.insurancePercent, 'insuranceBp'),
		monthlyVolume: wholeOrNull(draft.monthlyVolume, 'monthlyVolume'),
		updatedAt: now,
	};
	// A field that did not parse also fails validation; report it once, as the typing error.
	const typed = new Set(typing.map((found) => found.path));
	const checked = validateContract(contract).filter(
		(found) => !typed.has(found.path) && ![...repeats].some((path) => found.path.startsWith(`${path}.`)),
	);
	return { contract, issues: [...typing, ...checked] };
}
