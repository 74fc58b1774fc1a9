import {
	type CurrencyDisplay,
	carrierName,
	formatBp,
	formatKg,
	formatMoney,
	formatRate,
} from '../../components/format';
import type { I18n } from '../../components/i18n';
import type { DefaultFigureRow, SourceRow } from '../../components/options/data-sources';
import { type DefaultFigureEntry, type DefaultFigureItem, listDefaultFigures } from '../../utils/core/default-figures';
import { listSources, restsOnWeakSources } from '../../utils/core/sources';

/** The figure's name in the merchant's words ("省内 · 首重（1 kg）"). */
function itemLabel({ t }: I18n, item: DefaultFigureItem): string {
	const inZone = (zone: string, label: string) => `${t(`zone_${zone}`)}${t('field_separator')}${label}`;
	switch (item.kind) {
		case 'network':
			return t('figure_network');
		case 'last_mile':
			return t('figure_last_mile');
		case 'volumetric_divisor':
			return t('figure_volumetric_divisor');
		case 'band_price':
			return inZone(item.zone, t('figure_band_price', [formatKg(item.maxGrams)]));
		case 'first_price':
			return inZone(item.zone, t('figure_first_price', [formatKg(item.grams)]));
		case 'extra_price':
			return inZone(item.zone, t('figure_extra_price', [formatKg(item.grams)]));
		case 'remote_surcharge':
			return t('figure_remote_surcharge', [t(`zone_${item.zone}`)]);
		case 'on_time_rate':
			// The panel's own labels: the same figure reads the same on both pages.
			return t('reliability_on_time');
		case 'complaints_per_million':
			return t('reliability_complaints');
		case 'platform_fee':
			return t(`platform_fee_${item.fee}`);
		case 'payment_fee':
			return t(`payment_${item.method}`);
		case 'installment_fee':
			return `${t('payment_huabei')}${t('field_separator')}${t('installments_periods', [item.periods])}`;
	}
}

/** The figure's value as shown (¥3.50, 0.6%, 8000, 送货上门 …). */
function itemValue({ t }: I18n, { item, figure }: DefaultFigureEntry, currency: CurrencyDisplay): string {
	const { value } = figure;
	switch (item.kind) {
		case 'network':
			return t(`network_${value}`);
		case 'last_mile':
			return t(`lastmile_${value}`);
		case 'on_time_rate':
			return typeof value === 'number' ? formatRate(value) : t('reliability_tiers_only');
		case 'complaints_per_million':
			return value === null ? t('unknown_value') : String(value);
		case 'volumetric_divisor':
			return String(value);
		case 'platform_fee':
		case 'payment_fee':
		case 'installment_fee':
			return typeof value === 'number' ? formatBp(value) : String(value);
		default:
			return typeof value === 'number' ? formatMoney(value, currency) : String(value);
	}
}

/**
 * Every default figure the product uses (utils/core/default-figures.ts), as rows of the data-sources tab:
 * tariffs, reliability and payment fees, each with its provenance and whether only weak sources back it.
 */
export function defaultFigureRows(i18n: I18n, currency: CurrencyDisplay): DefaultFigureRow[] {
	return listDefaultFigures().map((entry) => {
		const { provenance } = entry.figure;
		return {
			group: entry.group === 'carrier' ? carrierName(entry.carrier, i18n.lang) : i18n.t(`platform_${entry.platform}`),
			label: itemLabel(i18n, entry.item),
			value: itemValue(i18n, entry, currency),
			note: provenance.note[i18n.lang],
			provenance,
			weakSourcesOnly: restsOnWeakSources(provenance.sourceIds),
		};
	});
}

/** The sources as the tab lists them, in the merchant's language. */
export function sourceRows({ lang }: I18n): SourceRow[] {
	return listSources().map((source) => ({
		id: source.id,
		title: source.title[lang],
		publisher: source.publisher[lang],
		date: source.date,
		url: source.url,
		kind: source.kind,
		weak: source.weak,
	}));
}
