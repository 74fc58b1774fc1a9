// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	BRAND_TIME_FACTORS,
	brandTimeBand,
	deliveryTimeFigures,
	inverseNormal,
	mixDeliveryDays,
	routeDeliveryDays,
	TIME_BAND_HOURS,
} from '../../utils/core/delivery-time';
import { NATIONAL_MIX, singleProvinceMix } from '../../utils/core/destination-mix';
import { PROVINCES } from '../../utils/core/geography';
import { CARRIER_IDS } from '../../utils/core/ids';
import { capitalDistanceKm } from '../../utils/core/province-facts';
import { SOURCES } from '../../utils/core/sources';

const CODES = PROVINCES.map((province) => province.code);
const REMOTE = PROVINCES.filter((province) => province.remoteTier !== 'none').map((province) => province.code);
const figureValue = (key: string) => {
	const found = deliveryTimeFigures().find((f) => f.key === key);
	if (!found) throw new Error(`no figure ${key}`);
	return found.value;
};

describe('inverseNormal', () => {
	it.each([
		[0.5, 0],
		[0.9, 1.2815516],
		[0.975, 1.959964],
		[0.02, -2.0537489],
		[0.999, 3.0902323],
	])('Φ⁻¹(%s) = %s', (p, z) => {
		expect(inverseNormal(p)).toBeCloseTo(z, 5);
	});
});

describe('the delivery-time model', () => {
	it('starts from the SPB figures as published, each with a source that exists', () => {
		expect([1, 2, 3, 4].map((n) => figureValue(`time_band_${n}`))).toEqual([44.67, 56.22, 66.69, 76.4]);
		expect(figureValue('time_national_latest')).toBe(53.88);
		expect(figureValue('time_on_time_latest')).toBe(0.8395);
		expect(figureValue('time_belt_hours_west')).toBe(70.51);
		for (const f of deliveryTimeFigures()) {
			for (const id of f.provenance.sourceIds) expect(SOURCES.get(id), `${f.key}: ${id}`).toBeDefined();
			if (f.provenance.status === 'estimate') expect(f.provenance.note.zh).not.toBe('');
		}
	});

	it('derives the spread from the 2024 average and 72-hour rate (hand-worked: σ ≈ 0.356, p90/p50 ≈ 1.578)', () => {
		const sigma = figureValue('time_sigma');
		// Log-normal with mean 53.88 h: P(T ≤ 72 h) = Φ((ln 72 − ln 53.88 + σ²/2) / σ) must give back 83.95 %.
		expect((Math.log(72 / 53.88) + (sigma * sigma) / 2) / sigma).toBeCloseTo(inverseNormal(0.8395), 9);
		expect(sigma).toBeCloseTo(0.356, 3);
		expect(figureValue('time_p90_ratio')).toBeCloseTo(Math.exp(1.2815516 * sigma), 6);
	});

	it('keeps only what distance does not explain in the belt factors: west slower, all near 1', () => {
		const [east, central, west] = ['east', 'central', 'west'].map((b) => figureValue(`time_belt_factor_${b}`));
		expect(west).toBeGreaterThan(central as number);
		expect(central).toBeGreaterThan(east as number);
		for (const factor of [east, central, west]) {
			expect(factor).toBeGreaterThan(0.85);
			expect(factor).toBeLessThan(1.25);
		}
		// The SPB's own west/east ratio (70.51 / 53.45 = 1.32) is larger: most of it is distance.
		expect((west as number) / (east as number)).toBeLessThan(70.51 / 53.45);
	});

	it('puts every surveyed brand inside its published 2021 Q2 time band, and orders the brands as the SPB did', () => {
		for (const carrier of CARRIER_IDS) {
			const band = brandTimeBand(carrier);
			const factor = BRAND_TIME_FACTORS[carrier];
			if (band === null) {
				expect(factor.value).toBe(1);
				continue;
			}
			const [low, high] = TIME_BAND_HOURS[band];
			const hours = factor.value * figureValue('time_national_2021');
			expect(hours, carrier).toBeGreaterThanOrEqual(low);
			expect(hours, carrier).toBeLessThanOrEqual(high);
			expect(factor.provenance.status).toBe('estimate');
		}
		const p50 = (carrier: (typeof CARRIER_IDS)[number]) => routeDeliveryDays(carrier, '33', '11').p50Tenths;
		expect(p50('sf')).toBeLessThan(p50('zto'));
		expect(p50('jd')).toBe(p50('zto')); // the same SPB bands
		expect(p50('zto')).toBeLessThan(p50('yto'));
		expect(p50('yto')).toBeLessThan(p50('jt'));
	});

	it('hand-worked route: ZTO Zhejiang → Xinjiang against Zhejiang → Zhejiang is (76.40 × west) / (44.67 × east)', () => {
		// Hangzhou–Urumqi ≈ 3,260 km (> 3,000 km even before the road factor); within Zhejiang 0 km.
		expect(
			capitalDistanceKm(
				PROVINCES.findIndex((p) => p.code === '33'),
				PROVINCES.findIndex((p) => p.code === '65'),
			),
		).toBeGreaterThan(3000);
		const far = routeDeliveryDays('zto', '33', '65');
		const near = routeDeliveryDays('zto', '33', '33');
		const ratio = (76.4 * figureValue('time_belt_factor_west')) / (44.67 * figureValue('time_belt_factor_east'));
		expect(far.p50Tenths / near.p50Tenths).toBeCloseTo(ratio, 1);
		expect(near).toEqual({ p50Tenths: 15, p90Tenths: 24 });
		expect(far).toEqual({ p50Tenths: 31, p90Tenths: 49 });
	});

	it('p50 ≤ p90 on every route and for every carrier, unknown origin included', () => {
		const disordered: string[] = [];
		for (const carrier of CARRIER_IDS) {
			for (const origin of [...CODES, null]) {
				for (const destination of CODES) {
					const days = routeDeliveryDays(carrier, origin, destination);
					if (!(days.p50Tenths > 0 && days.p50Tenths <= days.p90Tenths))
						disordered.push(`${carrier} ${origin}→${destination}`);
				}
			}
		}
		expect(disordered).toEqual([]);
	});

	it('never makes a remote province faster than the origin’s own province', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...CARRIER_IDS),
				fc.constantFrom(...CODES),
				fc.constantFrom(...REMOTE),
				(carrier, origin, remote) => {
					const toRemote = routeDeliveryDays(carrier, origin, remote);
					const within = routeDeliveryDays(carrier, origin, origin);
					expect(toRemote.p50Tenths).toBeGreaterThanOrEqual(within.p50Tenths);
					expect(toRemote.p90Tenths).toBeGreaterThanOrEqual(within.p90Tenths);
				},
			),
			{ numRuns: 500 },
		);
	});

	it('from Zhejiang, every carrier is strictly slower to Xinjiang than within Zhejiang', () => {
		for (const carrier of CARRIER_IDS) {
			expect(routeDeliveryDays(carrier, '33', '65').p50Tenths).toBeGreaterThan(
				routeDeliveryDays(carrier, '33', '33').p50Tenths,
			);
		}
	});

	it('averages a mix over its routes: one province equals the route, the national mix lies between the extremes', () => {
		for (const carrier of CARRIER_IDS) {
			const one = singleProvinceMix('65');
			if (!one) throw new Error('no mix');
			expect(mixDeliveryDays(carrier, '44', one)).toEqual(routeDeliveryDays(carrier, '44', '65'));
			const national = mixDeliveryDays(carrier, '44', NATIONAL_MIX).p50Tenths;
			const routes = CODES.map((code) => routeDeliveryDays(carrier, '44', code).p50Tenths);
			expect(national).toBeGreaterThanOrEqual(Math.min(...routes));
			expect(national).toBeLessThanOrEqual(Math.max(...routes));
		}
	});
});
