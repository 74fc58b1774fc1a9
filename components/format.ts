import { CARRIER_NAMES } from '../utils/core/carrier-names';
import { isQuickContract, type MerchantContract } from '../utils/core/contract-model';
import { formatScaledDecimal } from '../utils/core/decimal';
import type { Reason } from '../utils/core/estimate-model';
import { provinceByCode } from '../utils/core/geography';
import { type CarrierId, type Fen, isCarrierId, type ProvinceCode } from '../utils/core/ids';
import { parseKgInput, parsePercentInput, parseYuanInput } from '../utils/core/merchant-input';
import { fenToYuanText } from '../utils/core/money';
import type { Provenance } from '../utils/core/provenance';
import type { MerchantSettings } from '../utils/core/settings-model';
import { fieldLabel } from './field-labels';
import type { I18n, Lang } from './i18n';

/** The only place where numbers become UI text: money, weights, rates and names. */

export type CurrencyDisplay = MerchantSettings['currencyDisplay'];

/** ¥12.30 (symbol) or CNY 12.30 (code). */
export function formatMoney(fen: Fen, display: CurrencyDisplay = 'symbol'): string {
	const text = fenToYuanText(fen);
	return display === 'code' ? `CNY ${text}` : `\u00a5${text}`;
}

/** Grams as a plain decimal kg number without trailing zeros ("2500" → "2.5"), for inputs. */
export function gramsToKgText(grams: number): string {
	return formatScaledDecimal(Math.round(grams), 3);
}

/** Grams for display: "2.5 kg". */
export function formatKg(grams: number): string {
	return `${gramsToKgText(grams)} kg`;
}

/** Parses a weight typed by the merchant ("2.5", "2,5", "0.06", "500g", "２．５") into whole grams; null when invalid or zero. */
export function parseKgText(text: string): number | null {
	return parseKgInput(text);
}

/** Parses yuan typed by the merchant ("2", "2.00", "2,5", "¥2.2", "2元") into fen; null when invalid. */
export function parseYuanText(text: string): Fen | null {
	return parseYuanInput(text);
}

/** Basis points as a plain percent number without trailing zeros (60 → "0.6"), for inputs. */
export function bpToPercentText(bp: number): string {
	return formatScaledDecimal(bp, 2);
}

/** Basis points as a percent: 60 → "0.6%", 125 → "1.25%". */
export function formatBp(bp: number): string {
	return `${bpToPercentText(bp)}%`;
}

/** Parses a percent typed by the merchant ("0.5", "0,5", "1.25", "0.5%") into basis points; null when invalid. */
export function parsePercentText(text: string): number | null {
	return parsePercentInput(text);
}

/** A rate between 0 and 1 as a percent with one decimal: 0.987 → "98.7%". */
export function formatRate(rate: number): string {
	return `${(rate * 100).toFixed(1)}%`;
}

export function provinceName(code: ProvinceCode, lang: Lang): string {
	return provinceByCode(code)?.name[lang] ?? code;
}

export function carrierName(id: CarrierId, lang: Lang): string {
	return CARRIER_NAMES[id]?.[lang] ?? id;
}

/**
 * A contract's name as the merchant reads it: its own name; for a popup quick contract "中通快递·快速合同" (never its
 * id `quick-zto`); otherwise the carrier's name.
 */
export function contractName(i18n: I18n, contract: Pick<MerchantContract, 'id' | 'carrier' | 'name'>): string {
	if (contract.name) return contract.name;
	const carrier = carrierName(contract.carrier, i18n.lang);
	return isQuickContract(contract) ? i18n.t('contract_quick_name', [carrier]) : carrier;
}

/** Date part of an ISO timestamp ("2025-03-01T08:00:00Z" → "2025-03-01"). */
export function formatDate(iso: string): string {
	return iso.slice(0, 10);
}

/** Message key of a provenance status: 来源 / 推算 / 估算. */
export function statusKey(status: Provenance['status']): string {
	return `status_${status}`;
}

/** Bytes as whole megabytes for a file-size message: 26214400 → "25 MB". */
function formatMegabytes(bytes: number): string {
	return `${Math.ceil(bytes / (1024 * 1024))} MB`;
}

/** A message parameter as text; the key's name says what the value is (fen, grams, basis points, bytes, ids). */
function paramText({ t, lang }: I18n, key: string, value: string | number, display: CurrencyDisplay): string {
	if (typeof value === 'number') {
		if (/fen$/i.test(key)) return formatMoney(value, display);
		if (/grams$/i.test(key)) return formatKg(value);
		if (/bp$/i.test(key)) return formatBp(value);
		if (/bytes$/i.test(key)) return formatMegabytes(value);
		return String(value);
	}
	if (key === 'status') return t(`status_${value}`) || value;
	if (/carrier/i.test(key) && isCarrierId(value)) return carrierName(value, lang);
	if (/province|origin|destination/i.test(key) && provinceByCode(value)) return provinceName(value, lang);
	return value;
}

/**
 * A message's substitutions from named parameters: their values in alphabetical order of their names ($1 = first
 * name), each formatted by what its name says, so messages.json names its placeholders after the parameters.
 */
export function messageArgs(
	i18n: I18n,
	params: Readonly<Record<string, string | number | undefined>>,
	display: CurrencyDisplay = 'symbol',
): string[] {
	return Object.keys(params)
		.sort()
		.map((key) => paramText(i18n, key, params[key] ?? '', display));
}

/**
 * Text of a core Reason: message `reason_<code>` filled by messageArgs. most_reliable has optional params and is
 * composed from parts.
 */
export function reasonText(i18n: I18n, reason: Reason, display: CurrencyDisplay = 'symbol'): string {
	const { t } = i18n;
	if (reason.code === 'most_reliable') {
		const { params } = reason;
		const factors = [params.factor1, params.factor2]
			.filter((code) => code !== undefined)
			.map((code) => t(`factor_${code}`) || code)
			.join(t('list_separator'));
		const parts = [t('reason_most_reliable', [String(params.score)])];
		if (params.points !== undefined) parts.push(t('reason_most_reliable_lead', [params.points]));
		if (factors) parts.push(factors);
		return parts.join(t('list_separator'));
	}
	if (reason.code === 'contract_invalid') {
		return t('reason_contract_invalid', [fieldLabel(i18n, reason.params.path)]) || reason.code;
	}
	return t(`reason_${reason.code}`, messageArgs(i18n, reason.params ?? {}, display)) || reason.code;
}
