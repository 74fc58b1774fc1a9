import type { MerchantContract } from './contract-model';
import { createQuickContract } from './contract-validation';
import type { CarrierId, Fen, ProvinceCode } from './ids';
import { fail, ok, type Result } from './result';

/** What the popup's quick form shows of a carrier's quick contract: nationwide first kg, each started kg, origin. */
export interface QuickContractFields {
	firstFen: Fen;
	extraFen: Fen;
	/** The one origin province the contract covers; null = any origin. */
	originProvince: ProvinceCode | null;
}

/** A quick save: the carrier, its prices, and its origin when the form changed it (absent: keep the stored one). */
export interface QuickContractEdit extends Omit<QuickContractFields, 'originProvince'> {
	carrier: CarrierId;
	originProvince?: ProvinceCode | null;
}

/**
 * What a contract holds that the quick form cannot show: weight bands, zone or province prices, a first weight
 * or step other than 1 kg, or more than one origin province. Saving the quick form over such a contract would
 * silently change prices the merchant cannot see, so the popup sends them to the editor instead.
 */
export const QUICK_FORM_LIMITS = ['bands', 'zones', 'weight_steps', 'origins'] as const;
export type QuickFormLimit = (typeof QUICK_FORM_LIMITS)[number];

const KG = 1000;

export function quickFormLimits(contract: MerchantContract): QuickFormLimit[] {
	const { rates } = contract;
	const found: Record<QuickFormLimit, boolean> = {
		bands: rates.bands.length > 0,
		zones: Object.keys(contract.zoneRates).length > 0 || Object.keys(contract.provinceRates).length > 0,
		weight_steps: rates.firstGrams !== KG || rates.extraStepGrams !== KG,
		origins: contract.originProvinces.length > 1,
	};
	return QUICK_FORM_LIMITS.filter((limit) => found[limit]);
}

export function quickFieldsOf(contract: MerchantContract): QuickContractFields {
	return {
		firstFen: contract.rates.firstFen,
		extraFen: contract.rates.extraFen,
		originProvince: contract.originProvinces[0] ?? null,
	};
}

/**
 * A quick save: the fields the form shows replace those of the stored contract, everything else (validity,
 * remote surcharges, fees, name …) is kept. Refused with the limits when the stored contract holds what the form
 * cannot show.
 */
export function applyQuickEdit(
	stored: MerchantContract | null,
	edit: QuickContractEdit & { id: string },
	updatedAt: string,
): Result<MerchantContract, QuickFormLimit[]> {
	const originOf = (kept: ProvinceCode[]) =>
		edit.originProvince === undefined ? kept : edit.originProvince ? [edit.originProvince] : [];
	if (!stored) {
		return ok({ ...createQuickContract({ ...edit, updatedAt }), originProvinces: originOf([]) });
	}
	const limits = quickFormLimits(stored);
	if (limits.length) return fail(limits);
	return ok({
		...stored,
		originProvinces: originOf(stored.originProvinces),
		rates: { ...stored.rates, firstFen: edit.firstFen, extraFen: edit.extraFen },
		updatedAt,
	});
}
