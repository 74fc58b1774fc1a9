import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../utils/core/settings-defaults';
import { settingsShown, withEdit, withoutSettled } from '../../utils/core/settings-edits';

describe('settings edits in flight', () => {
	it('keeps a change the merchant made before the stored settings arrived', () => {
		const pending = withEdit({}, { warehouseProvince: '44' });
		const arrived = { ...DEFAULT_SETTINGS, defaultDestination: '65' };
		expect(settingsShown(arrived, pending)).toEqual({ ...arrived, warehouseProvince: '44' });
	});

	it('lets arriving settings through once the save is confirmed, unless the field changed again', () => {
		const first = { warehouseProvince: '44' } as const;
		const second = { warehouseProvince: '33' } as const;
		const pending = withEdit(withEdit({}, first), second);
		expect(withoutSettled(pending, first)).toEqual({ warehouseProvince: '33' });
		expect(withoutSettled(withoutSettled(pending, first), second)).toEqual({});
	});

	it('compares object fields by the edit that set them', () => {
		const sites = { enabledSites: { ...DEFAULT_SETTINGS.enabledSites, jd: false } };
		const pending = withEdit({ ranking: 'best_value' }, sites);
		expect(withoutSettled(pending, sites)).toEqual({ ranking: 'best_value' });
		expect(withoutSettled(pending, { enabledSites: { ...sites.enabledSites } })).toEqual(pending);
	});
});
