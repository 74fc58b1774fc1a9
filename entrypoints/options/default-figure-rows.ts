import { type CurrencyDisplay, carrierName, formatBp, formatMoney, formatRate } from '../../components/format';
import type { I18n } from '../../components/i18n';
import type { DefaultFigureRow, SourceRow } from '../../components/options/data-sources';
import { listDefaultFigures } from '../../utils/core/default-rates';
import { CARRIER_IDS, isCarrierId, PLATFORMS } from '../../utils/core/ids';
import { paymentOptions } from '../../utils/core/payments';
import { reliabilityOf } from '../../utils/core/reliability';
import { SOURCES } from '../../utils/core/sources';

/**
 * Every default figure the product uses, as rows of the data-sources page: tariffs (from the default
 * rate cards), reliability (State Post Bureau findings) and payment fees per platform.
 */
export function defaultFigureRows({ t, lang }: I18n, currency: CurrencyDisplay): DefaultFigureRow[] {
	const tariffs = listDefaultFigures().map(({ path, figure }) => {
		const [carrier = '', ...rest] = path.split('.');
		const field = rest.join('.');
		const value =
			typeof figure.value === 'string'
				? figure.value
				: /Fen$/.test(field)
					? formatMoney(figure.value, currency)
					: String(figure.value);
		return {
			group: isCarrierId(carrier) ? carrierName(carrier, lang) : carrier,
			label: field,
			value,
			provenance: figure.provenance,
		};
	});
	const reliability = CARRIER_IDS.flatMap((carrier) => {
		const r = reliabilityOf(carrier);
		const group = carrierName(carrier, lang);
		return [
			{
				group,
				// The panel's own labels: the same figure reads the same on both pages.
				label: t('reliability_on_time'),
				value: r.onTimeRate.value === null ? t('reliability_tiers_only') : formatRate(r.onTimeRate.value),
				provenance: r.onTimeRate.provenance,
			},
			{
				group,
				label: t('reliability_complaints'),
				value: r.complaintsPerMillion.value === null ? t('unknown_value') : String(r.complaintsPerMillion.value),
				provenance: r.complaintsPerMillion.provenance,
			},
		];
	});
	const payments = PLATFORMS.flatMap((platform) =>
		paymentOptions(platform, null, []).map((option) => ({
			group: t(`platform_${platform}`),
			label: t(`payment_${option.method}`),
			value: formatBp(option.feeBp.value),
			provenance: option.feeBp.provenance,
		})),
	);
	return [...tariffs, ...reliability, ...payments];
}

export function sourceRows(): SourceRow[] {
	return Object.entries(SOURCES).map(([id, source]) => ({
		id,
		title: source.title,
		date: source.date,
		url: source.url,
	}));
}
