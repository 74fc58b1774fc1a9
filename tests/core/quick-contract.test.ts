import { describe, expect, it } from 'vitest';
import type { MerchantContract } from '../../utils/core/contract-model';
import { createQuickContract } from '../../utils/core/contract-validation';
import { applyQuickEdit, quickFieldsOf, quickFormLimits } from '../../utils/core/quick-contract';

const SAVED_AT = '2026-01-15T08:00:00.000Z';
const EDITED_AT = '2026-02-01T08:00:00.000Z';

function quickZto(overrides: Partial<MerchantContract> = {}): MerchantContract {
	return {
		...createQuickContract({ id: 'quick-zto', carrier: 'zto', firstFen: 300, extraFen: 150, updatedAt: SAVED_AT }),
		...overrides,
	};
}

describe('quick contract edits', () => {
	it('creates a nationwide 1 kg contract when none is stored, with the chosen origin', () => {
		const saved = applyQuickEdit(
			null,
			{ id: 'quick-zto', carrier: 'zto', firstFen: 200, extraFen: 100, originProvince: '33' },
			EDITED_AT,
		);
		expect(saved).toMatchObject({
			ok: true,
			value: { id: 'quick-zto', originProvinces: ['33'], rates: { firstFen: 200, extraFen: 100, firstGrams: 1000 } },
		});
	});

	it('changes only the prices and keeps what the editor set (origin, validity, surcharges, fees, name)', () => {
		const stored = quickZto({
			name: '中通年度合同',
			validTo: '2026-12-31',
			originProvinces: ['33'],
			remoteSurcharge: { remote1Fen: 500, remote2Fen: 800 },
			pickupFeeFen: 50,
		});
		const saved = applyQuickEdit(stored, { id: 'quick-zto', carrier: 'zto', firstFen: 280, extraFen: 100 }, EDITED_AT);
		expect(saved).toEqual({
			ok: true,
			value: { ...stored, rates: { ...stored.rates, firstFen: 280, extraFen: 100 }, updatedAt: EDITED_AT },
		});
	});

	it('sets or clears the origin when the form changed it', () => {
		const stored = quickZto({ originProvinces: ['33'] });
		const edit = { id: 'quick-zto', carrier: 'zto', firstFen: 300, extraFen: 150 } as const;
		expect(applyQuickEdit(stored, { ...edit, originProvince: '44' }, EDITED_AT)).toMatchObject({
			value: { originProvinces: ['44'] },
		});
		expect(applyQuickEdit(stored, { ...edit, originProvince: null }, EDITED_AT)).toMatchObject({
			value: { originProvinces: [] },
		});
	});

	it('refuses to overwrite prices the quick form cannot show, naming each', () => {
		const rates = quickZto().rates;
		const complex = quickZto({
			rates: { ...rates, bands: [{ maxGrams: 500, priceFen: 180 }], firstGrams: 500 },
			zoneRates: { remote_1: rates },
			originProvinces: ['33', '32'],
		});
		expect(quickFormLimits(complex)).toEqual(['bands', 'zones', 'weight_steps', 'origins']);
		expect(applyQuickEdit(complex, { id: 'quick-zto', carrier: 'zto', firstFen: 1, extraFen: 1 }, EDITED_AT)).toEqual({
			ok: false,
			error: ['bands', 'zones', 'weight_steps', 'origins'],
		});
		expect(quickFormLimits(quickZto({ provinceRates: { '65': rates } }))).toEqual(['zones']);
		expect(quickFormLimits(quickZto({ originProvinces: ['33'] }))).toEqual([]);
	});

	it('shows the stored prices and the one origin', () => {
		expect(quickFieldsOf(quickZto({ originProvinces: ['33'] }))).toEqual({
			firstFen: 300,
			extraFen: 150,
			originProvince: '33',
		});
		expect(quickFieldsOf(quickZto())).toMatchObject({ originProvince: null });
	});
});
