import { bench, describe } from 'vitest';
import type { MerchantContract } from '../../utils/core/contract-model';
import { createQuickContract } from '../../utils/core/contract-validation';
import type { Parcel, Route } from '../../utils/core/estimate-model';
import { PROVINCES } from '../../utils/core/geography';
import { CARRIER_IDS } from '../../utils/core/ids';
import { quote } from '../../utils/core/quote';

/**
 * Quotes per second = hz × quotes per iteration (1860). Run:
 *   npx vitest bench --run tests/core/quote.bench.ts --config vitest.config.ts
 */
const WEIGHTS = [300, 1000, 1200, 2500, 4800, 12_000];
const routes: Route[] = PROVINCES.map((p) => ({ origin: '33', destination: p.code }));
const parcels: Parcel[] = WEIGHTS.map((grams) => ({
	actualGrams: grams,
	dimensionsCm: grams === 1200 ? { length: 40, width: 30, height: 20 } : null,
	declaredValueFen: 2990,
}));
const contracts = CARRIER_IDS.map((carrier) =>
	createQuickContract({ id: carrier, carrier, firstFen: 220, extraFen: 120, updatedAt: '2026-01-01T00:00:00Z' }),
);
const perIteration = CARRIER_IDS.length * routes.length * parcels.length;

/** Every carrier × destination × weight; the sum is checked so the engine cannot drop the calls. */
function quoteEverything(withContracts: boolean): void {
	let total = 0;
	for (let c = 0; c < CARRIER_IDS.length; c++) {
		const carrier = CARRIER_IDS[c] as (typeof CARRIER_IDS)[number];
		const contract: MerchantContract | undefined = withContracts ? contracts[c] : undefined;
		for (const route of routes) {
			for (const parcel of parcels) total += quote(parcel, route, carrier, contract, '2026-03-15').costFen;
		}
	}
	if (!(total > 0)) throw new Error('quotes must cost something');
}

describe(`quote: ${CARRIER_IDS.length} carriers × ${routes.length} destinations × ${WEIGHTS.length} weights = ${perIteration} quotes per iteration`, () => {
	bench('default cards', () => quoteEverything(false));
	bench('with a contract', () => quoteEverything(true));
});
