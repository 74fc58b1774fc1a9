import type { MerchantContract } from '../../utils/core/contract-model';
import { CARRIER_IDS } from '../../utils/core/ids';

/**
 * `count` distinct, valid contracts of the shapes merchants have: names with commas, quotes and Chinese text,
 * weight bands, zone and province overrides, validity dates. Deterministic, so a failure names the same contract.
 */
export function manyContracts(count: number): MerchantContract[] {
	return Array.from({ length: count }, (_, index): MerchantContract => {
		const carrier = CARRIER_IDS[index % CARRIER_IDS.length] ?? 'zto';
		const fen = 200 + (index % 300);
		return {
			id: `c-${String(index).padStart(5, '0')}`,
			carrier,
			name: index % 7 === 0 ? `=合同 ${index}, "义乌"` : `中通 义乌年框 ${index}`,
			validFrom: index % 3 === 0 ? null : '2026-01-01',
			validTo: index % 5 === 0 ? null : '2026-12-31',
			originProvinces: index % 2 === 0 ? [] : ['33', '32'],
			rates: {
				bands: [
					{ maxGrams: 500, priceFen: fen },
					{ maxGrams: 1000, priceFen: fen + 40 },
				],
				firstGrams: 1000,
				firstFen: fen + 40,
				extraFen: 150,
				extraStepGrams: 1000,
			},
			zoneRates:
				index % 4 === 0
					? { remote_2: { bands: [], firstGrams: 1000, firstFen: 1600, extraFen: 1200, extraStepGrams: 1000 } }
					: {},
			provinceRates:
				index % 6 === 0
					? { '54': { bands: [], firstGrams: 1000, firstFen: 1700, extraFen: 1500, extraStepGrams: 500 } }
					: {},
			remoteSurcharge: { remote1Fen: index % 2 === 0 ? 0 : 300, remote2Fen: 0 },
			volumetricDivisor: index % 2 === 0 ? null : 8000,
			pickupFeeFen: 0,
			doorDeliveryFeeFen: index % 9 === 0 ? 150 : 0,
			insuranceBp: index % 10,
			monthlyVolume: index % 3 === 0 ? null : 30_000,
			updatedAt: '2026-01-05T08:00:00.000Z',
		};
	});
}
