import { CARRIERS } from './carriers';
import type { RateCard } from './contract-model';
import { derived, estimate, figure } from './figures';
import { CARRIER_IDS, type CarrierId, type Fen } from './ids';
import type { Figure, Provenance } from './provenance';
import { ZONES, type Zone } from './zones';

/**
 * Default (list) rate cards per carrier and zone, built from shared/reference/data.json. No public walk-in
 * tariff was found (data.md §1.2), so defaults come from real merchant contracts (S35, S37) mapped onto the
 * zone scheme cn-parcel-zones-v1, and from estimates where no carrier data exists. Every figure says which.
 */
interface DefaultBand {
	maxGrams: number;
	priceFen: Figure<Fen>;
}

interface DefaultZoneCard {
	bands: DefaultBand[];
	firstGrams: number;
	firstFen: Figure<Fen>;
	extraFen: Figure<Fen>;
	extraStepGrams: number;
}

export interface DefaultCarrierCard {
	carrier: CarrierId;
	zones: Record<Zone, DefaultZoneCard>;
	/** Zero: the remote zones carry their own prices, as the sampled contracts do (S35, S37). */
	remoteSurcharge: { remote1Fen: Figure<Fen>; remote2Fen: Figure<Fen> };
	volumetricDivisor: Figure<number>;
}

const S37_DATE = '2025-09-13';
const S35_DATE = '2021-08';
const ESTIMATE_DATE = '2026-01';

interface ZoneInput {
	first: number;
	extra: number;
	/** Bands apply to the non-remote zones only: the STO contract's low-weight bands are its base prices. */
	bands?: readonly (readonly [number, number])[];
	note: string;
}

function zoneCard(
	input: ZoneInput,
	extraStepGrams: number,
	provenanceOf: (note: string) => Provenance,
): DefaultZoneCard {
	const provenance = provenanceOf(input.note);
	return {
		bands: (input.bands ?? []).map(([maxGrams, fen]) => ({ maxGrams, priceFen: figure(fen, provenance) })),
		firstGrams: 1000,
		firstFen: figure(input.first, provenance),
		extraFen: figure(input.extra, provenance),
		extraStepGrams,
	};
}

const ZERO_REMOTE_SURCHARGE = {
	remote1Fen: figure(0, derived(['S35', 'S37'], S37_DATE, 'Remote zones have their own first/extra prices instead.')),
	remote2Fen: figure(0, derived(['S35', 'S37'], S37_DATE, 'Remote zones have their own first/extra prices instead.')),
};

function carrierCard(
	carrier: CarrierId,
	zones: Record<Zone, ZoneInput>,
	extraStepGrams: number,
	provenanceOf: (note: string) => Provenance,
): DefaultCarrierCard {
	const built = {} as Record<Zone, DefaultZoneCard>;
	for (const zone of ZONES) built[zone] = zoneCard(zones[zone], extraStepGrams, provenanceOf);
	return {
		carrier,
		zones: built,
		remoteSurcharge: ZERO_REMOTE_SURCHARGE,
		volumetricDivisor: CARRIERS[carrier].volumetricDivisor,
	};
}

// STO 2025 contract (S37, Wuxi origin): ≤1 kg ¥3.5, ≤2 kg ¥4.0, ≤3 kg ¥4.5, then 3.5 + per-kg by destination.
const TONGDA_BANDS = [
	[1000, 350],
	[2000, 400],
	[3000, 450],
] as const;
const TONGDA_ZONES: Record<Zone, ZoneInput> = {
	same_province: { first: 350, extra: 80, bands: TONGDA_BANDS, note: 'STO 2025: 苏浙皖沪 +0.8/kg from Wuxi.' },
	near: {
		first: 350,
		extra: 160,
		bands: TONGDA_BANDS,
		note: 'STO 2025: 京冀津鲁豫 +1.6/kg (nearest non-local group).',
	},
	national: { first: 350, extra: 180, bands: TONGDA_BANDS, note: 'STO 2025: 鄂湘赣闽粤 +1.8/kg.' },
	remote_1: {
		first: 700,
		extra: 400,
		note: 'First kg ¥7 = median of Yunda 2021 special regions 6/7/7/7/8 (S35); +4.0/kg from STO 2025 青宁蒙甘 (S37).',
	},
	remote_2: {
		first: 1000,
		extra: 1200,
		note: 'First kg ¥10 between Yunda 2021 西藏 9 and 新疆 16 (S35), kept below SF’s 12; +12/kg from STO 2025 新疆 (S37).',
	},
};

// SF 2025 contract (S37, Wuxi origin), billed per started 0.5 kg (S34): the per-kg prices are halved per step.
const SF_ZONES: Record<Zone, ZoneInput> = {
	same_province: { first: 600, extra: 45, note: 'SF 2025: 苏浙 6.0 + 0.9/kg, per 0.5 kg step 0.45.' },
	near: { first: 600, extra: 50, note: 'SF 2025: 沪皖 6.0 + 1.0/kg, per 0.5 kg step 0.50.' },
	national: { first: 700, extra: 90, note: 'SF 2025: 鄂豫赣鲁闽京津冀晋湘粤 7.0 + 1.8/kg, per 0.5 kg step 0.90.' },
	remote_1: { first: 800, extra: 110, note: 'SF 2025: 甘宁青蒙琼 … 8.0 + 2.2/kg, per 0.5 kg step 1.10.' },
	remote_2: { first: 1200, extra: 400, note: 'SF 2025: 新藏 12.0 + 8.0/kg, per 0.5 kg step 4.00.' },
};

// JD: one discounted channel price (6.17 + 1.02/kg, route not stated, S38); farther zones aligned with SF (S37).
const JD_ZONES: Record<Zone, ZoneInput> = {
	same_province: { first: 617, extra: 102, note: 'Aggregator JD channel 6.17 + 1.02/kg (S38, route not stated).' },
	near: { first: 617, extra: 102, note: 'Aggregator JD channel 6.17 + 1.02/kg (S38, route not stated).' },
	national: {
		first: 700,
		extra: 180,
		note: 'No JD national price found; set to SF’s 2025 contract 7.0 + 1.8/kg (S37).',
	},
	remote_1: { first: 800, extra: 220, note: 'No JD remote price found; set to SF’s 2025 contract 8.0 + 2.2/kg (S37).' },
	remote_2: { first: 1200, extra: 800, note: 'No JD remote price found; set to SF’s 2025 contract 12 + 8/kg (S37).' },
};

const EMS_ZONES: Record<Zone, ZoneInput> = {
	same_province: { first: 500, extra: 100, note: 'No EMS tariff found; mid-priced between Tongda (S37) and SF.' },
	near: { first: 500, extra: 150, note: 'No EMS tariff found; mid-priced between Tongda (S37) and SF.' },
	national: { first: 600, extra: 200, note: 'No EMS tariff found; mid-priced between Tongda (S37) and SF.' },
	remote_1: { first: 800, extra: 400, note: 'No EMS tariff found; remote premium as the Tongda proxy (S35, S37).' },
	remote_2: { first: 1100, extra: 1000, note: 'No EMS tariff found; remote premium as the Tongda proxy (S35, S37).' },
};

const DEPPON_ZONES: Record<Zone, ZoneInput> = {
	same_province: { first: 700, extra: 100, note: 'No Deppon tariff found; bulky-goods carrier priced at SF level.' },
	near: { first: 800, extra: 150, note: 'No Deppon tariff found; bulky-goods carrier priced at SF level.' },
	national: { first: 900, extra: 200, note: 'No Deppon tariff found; bulky-goods carrier priced above SF national.' },
	remote_1: { first: 1200, extra: 400, note: 'No Deppon tariff found; remote premium as the Tongda proxy.' },
	remote_2: { first: 1500, extra: 1000, note: 'No Deppon tariff found; remote premium as the Tongda proxy.' },
};

const CAINIAO_ZONES: Record<Zone, ZoneInput> = {
	same_province: {
		first: 450,
		extra: 100,
		note: 'No Cainiao tariff found; door-delivery e-commerce express, above Tongda.',
	},
	near: { first: 450, extra: 160, note: 'No Cainiao tariff found; door-delivery e-commerce express, above Tongda.' },
	national: {
		first: 500,
		extra: 200,
		note: 'No Cainiao tariff found; door-delivery e-commerce express, above Tongda.',
	},
	remote_1: { first: 800, extra: 400, note: 'No Cainiao tariff found; remote premium as the Tongda proxy.' },
	remote_2: { first: 1100, extra: 1200, note: 'No Cainiao tariff found; remote premium as the Tongda proxy.' },
};

const tongdaProxy = (name: string) => (note: string) =>
	estimate(S37_DATE, `No ${name} contract in the sources; Tongda proxy from STO’s 2025 contract. ${note}`, ['S37']);

export const DEFAULT_RATE_CARDS: Readonly<Record<CarrierId, DefaultCarrierCard>> = {
	jd: carrierCard('jd', JD_ZONES, 1000, (note) => estimate('2022', note, ['S38', 'S37'])),
	sf: carrierCard('sf', SF_ZONES, 500, (note) => derived(['S37', 'S34'], S37_DATE, `Mapped to zones from ${note}`)),
	zto: carrierCard('zto', TONGDA_ZONES, 1000, tongdaProxy('ZTO')),
	yto: carrierCard('yto', TONGDA_ZONES, 1000, tongdaProxy('YTO')),
	sto: carrierCard('sto', TONGDA_ZONES, 1000, (note) =>
		// Remote first-kg prices lean on Yunda's contract, so only the local zones are STO's own figures.
		note.includes('S35')
			? estimate(S35_DATE, note, ['S35', 'S37'])
			: derived(['S37'], S37_DATE, `Mapped to zones from ${note}`),
	),
	yunda: carrierCard('yunda', TONGDA_ZONES, 1000, tongdaProxy('2025 Yunda')),
	jt: carrierCard('jt', TONGDA_ZONES, 1000, tongdaProxy('J&T')),
	ems: carrierCard('ems', EMS_ZONES, 1000, (note) => estimate(ESTIMATE_DATE, note, ['S37'])),
	deppon: carrierCard('deppon', DEPPON_ZONES, 1000, (note) => estimate(ESTIMATE_DATE, note)),
	cainiao: carrierCard('cainiao', CAINIAO_ZONES, 1000, (note) => estimate(ESTIMATE_DATE, note)),
};

/** A default zone card as the plain RateCard the quote engine prices (figures stripped, precomputed once). */
function plainCard(card: DefaultZoneCard): RateCard {
	return {
		bands: card.bands.map((band) => ({ maxGrams: band.maxGrams, priceFen: band.priceFen.value })),
		firstGrams: card.firstGrams,
		firstFen: card.firstFen.value,
		extraFen: card.extraFen.value,
		extraStepGrams: card.extraStepGrams,
	};
}

/** Plain cards per carrier then zone, in CARRIER_IDS × ZONES order, for array lookups in the hot path. */
export const PLAIN_DEFAULT_CARDS: readonly (readonly RateCard[])[] = CARRIER_IDS.map((carrier) =>
	ZONES.map((zone) => plainCard(DEFAULT_RATE_CARDS[carrier].zones[zone])),
);

/** Provenance shown for a default quote: the zone card's price figure. */
export const DEFAULT_CARD_PROVENANCE: readonly (readonly Provenance[])[] = CARRIER_IDS.map((carrier) =>
	ZONES.map((zone) => DEFAULT_RATE_CARDS[carrier].zones[zone].firstFen.provenance),
);

/** Every default figure with a readable path ("sf.zones.national.firstFen"), for the data-sources page and tests. */
export function listDefaultFigures(): { path: string; figure: Figure<number | string> }[] {
	const rows: { path: string; figure: Figure<number | string> }[] = [];
	for (const carrier of CARRIER_IDS) {
		const card = DEFAULT_RATE_CARDS[carrier];
		const info = CARRIERS[carrier];
		rows.push({ path: `${carrier}.volumetricDivisor`, figure: card.volumetricDivisor });
		rows.push({ path: `${carrier}.network`, figure: info.network });
		rows.push({ path: `${carrier}.lastMile`, figure: info.lastMile });
		rows.push({ path: `${carrier}.remoteSurcharge.remote1Fen`, figure: card.remoteSurcharge.remote1Fen });
		rows.push({ path: `${carrier}.remoteSurcharge.remote2Fen`, figure: card.remoteSurcharge.remote2Fen });
		for (const zone of ZONES) {
			const zoneCard = card.zones[zone];
			const base = `${carrier}.zones.${zone}`;
			zoneCard.bands.forEach((band, index) => {
				rows.push({ path: `${base}.bands[${index}].priceFen`, figure: band.priceFen });
			});
			rows.push({ path: `${base}.firstFen`, figure: zoneCard.firstFen });
			rows.push({ path: `${base}.extraFen`, figure: zoneCard.extraFen });
		}
	}
	return rows;
}
