import { CARRIERS } from './carriers';
import { DEFAULT_RATE_CARDS } from './default-rates';
import type { PlatformFee } from './estimate-model';
import { CARRIER_IDS, type CarrierId, type PaymentMethodId, PLATFORMS, type Platform } from './ids';
import { paymentOptions, platformFee } from './payments';
import type { Figure } from './provenance';
import { reliabilityOf } from './reliability';
import { ZONES, type Zone } from './zones';

/** What a default figure is, for the views to label it in the merchant's words. */
export type DefaultFigureItem =
	| { kind: 'network' }
	| { kind: 'last_mile' }
	| { kind: 'volumetric_divisor' }
	| { kind: 'band_price'; zone: Zone; maxGrams: number }
	| { kind: 'first_price'; zone: Zone; grams: number }
	| { kind: 'extra_price'; zone: Zone; grams: number }
	| { kind: 'remote_surcharge'; zone: 'remote_1' | 'remote_2' }
	| { kind: 'on_time_rate' }
	| { kind: 'complaints_per_million' }
	| { kind: 'platform_fee'; fee: PlatformFee['kind'] }
	| { kind: 'payment_fee'; method: PaymentMethodId }
	| { kind: 'installment_fee'; periods: number };

export type DefaultFigureEntry = { item: DefaultFigureItem; figure: Figure<string | number | null> } & (
	| { group: 'carrier'; carrier: CarrierId }
	| { group: 'platform'; platform: Platform }
);

/**
 * Every default figure the product uses, in display order: per carrier its network, last mile, divisor, zone
 * prices and remote surcharges, then reliability, then payment fees per platform. The data-sources tab lists
 * exactly these, and the tests check each one's provenance.
 */
export function listDefaultFigures(): DefaultFigureEntry[] {
	const tariffs = CARRIER_IDS.flatMap((carrier): DefaultFigureEntry[] => {
		const card = DEFAULT_RATE_CARDS[carrier];
		const row = (item: DefaultFigureItem, figure: Figure<string | number | null>): DefaultFigureEntry => ({
			group: 'carrier',
			carrier,
			item,
			figure,
		});
		return [
			row({ kind: 'network' }, CARRIERS[carrier].network),
			row({ kind: 'last_mile' }, CARRIERS[carrier].lastMile),
			row({ kind: 'volumetric_divisor' }, card.volumetricDivisor),
			...ZONES.flatMap((zone) => {
				const zoneCard = card.zones[zone];
				return [
					...zoneCard.bands.map((band) => row({ kind: 'band_price', zone, maxGrams: band.maxGrams }, band.priceFen)),
					row({ kind: 'first_price', zone, grams: zoneCard.firstGrams }, zoneCard.firstFen),
					row({ kind: 'extra_price', zone, grams: zoneCard.extraStepGrams }, zoneCard.extraFen),
				];
			}),
			row({ kind: 'remote_surcharge', zone: 'remote_1' }, card.remoteSurcharge.remote1Fen),
			row({ kind: 'remote_surcharge', zone: 'remote_2' }, card.remoteSurcharge.remote2Fen),
		];
	});
	const reliability = CARRIER_IDS.flatMap((carrier): DefaultFigureEntry[] => {
		const { onTimeRate, complaintsPerMillion } = reliabilityOf(carrier);
		return [
			{ group: 'carrier', carrier, item: { kind: 'on_time_rate' }, figure: onTimeRate },
			{ group: 'carrier', carrier, item: { kind: 'complaints_per_million' }, figure: complaintsPerMillion },
		];
	});
	const payments = PLATFORMS.flatMap((platform): DefaultFigureEntry[] => {
		const fee = platformFee(platform, null);
		return [
			...(fee
				? [
						{
							group: 'platform' as const,
							platform,
							item: { kind: 'platform_fee' as const, fee: fee.kind },
							figure: fee.feeBp,
						},
					]
				: []),
			...paymentOptions(platform, null, []).flatMap((option): DefaultFigureEntry[] => [
				{ group: 'platform', platform, item: { kind: 'payment_fee', method: option.method }, figure: option.feeBp },
				...option.installments.map(
					(installment): DefaultFigureEntry => ({
						group: 'platform',
						platform,
						item: { kind: 'installment_fee', periods: installment.periods },
						figure: installment.feeBp,
					}),
				),
			]),
		];
	});
	return [...tariffs, ...reliability, ...payments];
}
