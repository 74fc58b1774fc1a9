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
import { CARRIERS } from '../../utils/core/carriers';
import { DEFAULT_RATE_CARDS } from '../../utils/core/default-rates';
import { CARRIER_IDS, PLATFORMS } from '../../utils/core/ids';
import { paymentOptions } from '../../utils/core/payments';
import type { Figure, Provenance } from '../../utils/core/provenance';
import { reliabilityOf } from '../../utils/core/reliability';
import { SOURCES } from '../../utils/core/sources';
import { ZONES } from '../../utils/core/zones';

/**
 * Every default figure the product uses, as rows of the data-sources page: tariffs (from the default
 * rate cards), reliability (State Post Bureau findings) and payment fees per platform.
 */
export function defaultFigureRows(i18n: I18n, currency: CurrencyDisplay): DefaultFigureRow[] {
	const { t, lang } = i18n;
	const tariffs = CARRIER_IDS.flatMap((carrier) => {
		const group = carrierName(carrier, lang);
		const row = (label: string, value: string, provenance: Provenance) => ({ group, label, value, provenance });
		const money = (figure: Figure<number>) => formatMoney(figure.value, currency);
		const { network, lastMile } = CARRIERS[carrier];
		const card = DEFAULT_RATE_CARDS[carrier];
		return [
			row(t('figure_network'), t(`network_${network.value}`), network.provenance),
			row(t('figure_last_mile'), t(`lastmile_${lastMile.value}`), lastMile.provenance),
			row(t('figure_volumetric_divisor'), String(card.volumetricDivisor.value), card.volumetricDivisor.provenance),
			...ZONES.flatMap((zone) => {
				const zoneCard = card.zones[zone];
				const inZone = (label: string) => `${t(`zone_${zone}`)} · ${label}`;
				return [
					...zoneCard.bands.map((band) =>
						row(
							inZone(t('figure_band_price', [formatKg(band.maxGrams)])),
							money(band.priceFen),
							band.priceFen.provenance,
						),
					),
					row(
						inZone(t('figure_first_price', [formatKg(zoneCard.firstGrams)])),
						money(zoneCard.firstFen),
						zoneCard.firstFen.provenance,
					),
					row(
						inZone(t('figure_extra_price', [formatKg(zoneCard.extraStepGrams)])),
						money(zoneCard.extraFen),
						zoneCard.extraFen.provenance,
					),
				];
			}),
			row(
				t('figure_remote_surcharge', [t('zone_remote_1')]),
				money(card.remoteSurcharge.remote1Fen),
				card.remoteSurcharge.remote1Fen.provenance,
			),
			row(
				t('figure_remote_surcharge', [t('zone_remote_2')]),
				money(card.remoteSurcharge.remote2Fen),
				card.remoteSurcharge.remote2Fen.provenance,
			),
		];
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
