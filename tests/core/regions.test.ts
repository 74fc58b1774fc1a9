import { describe, expect, it } from 'vitest';
import { PROVINCES } from '../../utils/core/geography';
import {
	CONTRACT_PRESETS,
	PROVINCES_BY_REGION,
	presetOfProvinces,
	presetTarget,
	provincesInZone,
} from '../../utils/core/regions';

const shortNames = (codes: readonly string[]) =>
	codes.map((code) => PROVINCES.find((province) => province.code === code)?.shortZh);

describe('contract presets and regions', () => {
	it('偏远 is both remote tiers of the default cards: 新疆、西藏、青海、宁夏、甘肃、内蒙古、海南', () => {
		const remote = presetTarget('remote');
		expect(remote.kind).toBe('provinces');
		const codes = remote.kind === 'provinces' ? remote.provinces : [];
		expect(new Set(shortNames(codes))).toEqual(new Set(['新疆', '西藏', '青海', '宁夏', '甘肃', '内蒙古', '海南']));
		expect(codes).toEqual(PROVINCES.filter((p) => p.remoteTier !== 'none').map((p) => p.code));
	});

	it('江浙沪 is 上海、江苏、浙江; 同省 and 邻近 are zones; 全国 is the base card', () => {
		const jzh = presetTarget('jiangzhehu');
		expect(jzh.kind === 'provinces' ? shortNames(jzh.provinces) : []).toEqual(['上海', '江苏', '浙江']);
		expect(presetTarget('same_province')).toEqual({ kind: 'zone', zone: 'same_province' });
		expect(presetTarget('near')).toEqual({ kind: 'zone', zone: 'near' });
		expect(presetTarget('national')).toEqual({ kind: 'base' });
		expect(presetOfProvinces(['33', '31', '32'])).toBe('jiangzhehu');
		expect(presetOfProvinces(['33', '31'])).toBeNull();
		expect(CONTRACT_PRESETS).toHaveLength(5);
	});

	it('the picker’s regions hold every province exactly once', () => {
		const all = PROVINCES_BY_REGION.flatMap((group) => group.provinces);
		expect([...all].sort()).toEqual(PROVINCES.map((p) => p.code).sort());
		expect(shortNames(PROVINCES_BY_REGION.find((g) => g.region === 'central')?.provinces ?? [])).toEqual([
			'河南',
			'湖北',
			'湖南',
		]);
	});

	it('lists a zone’s provinces from one known origin, and says nothing without one (except the remote tiers)', () => {
		expect(shortNames(provincesInZone('same_province', '33') ?? [])).toEqual(['浙江']);
		expect(shortNames(provincesInZone('near', '33') ?? [])).toEqual(['上海', '江苏', '安徽', '福建', '江西']);
		expect(provincesInZone('near', null)).toBeNull();
		expect(shortNames(provincesInZone('remote_2', null) ?? [])).toEqual(['西藏', '新疆']);
	});
});
