// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isProvinceCode, PROVINCES, parseProvince, provinceByCode } from '../../utils/core/geography';
import { ADJACENCY, zoneFor } from '../../utils/core/zones';

describe('PROVINCES', () => {
	it('lists the 31 mainland provinces with unique codes', () => {
		expect(PROVINCES).toHaveLength(31);
		expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(31);
		expect(new Set(PROVINCES.map((p) => p.abbreviation)).size).toBe(31);
		for (const p of PROVINCES) {
			expect(p.code).toMatch(/^[1-6]\d$/);
			expect(p.name.zh.startsWith(p.shortZh)).toBe(true);
			expect(p.name.en.length).toBeGreaterThan(0);
			expect(p.name.vi.length).toBeGreaterThan(0);
		}
	});

	it('has neighbours and clusters for every province, naming only real provinces, both ways', () => {
		expect(Object.keys(ADJACENCY).sort()).toEqual(PROVINCES.map((p) => p.code).sort());
		for (const [code, { neighbours }] of Object.entries(ADJACENCY)) {
			for (const n of neighbours) {
				expect(isProvinceCode(n)).toBe(true);
				expect(ADJACENCY[n]?.neighbours, `${n} lists ${code} back`).toContain(code);
			}
		}
	});

	it('uses the remote tiers of data.md §3', () => {
		const tier = (code: string) => provinceByCode(code)?.remoteTier;
		expect(['65', '54'].map(tier)).toEqual(['remote_2', 'remote_2']);
		expect(['15', '46', '62', '63', '64'].map(tier)).toEqual(Array(5).fill('remote_1'));
		expect(PROVINCES.filter((p) => p.remoteTier === 'none')).toHaveLength(24);
	});

	it('looks codes up', () => {
		expect(provinceByCode('33')?.name.en).toBe('Zhejiang');
		expect(provinceByCode('99')).toBeUndefined();
		expect(isProvinceCode('33')).toBe(true);
		expect(isProvinceCode('330000')).toBe(false);
		expect(isProvinceCode(33)).toBe(false);
	});
});

describe('parseProvince', () => {
	it.each([
		['浙江杭州', '33'],
		['广东 广州', '44'],
		['上海', '31'],
		['新疆乌鲁木齐', '65'],
		['浙江省金华市', '33'],
		['内蒙古呼和浩特', '15'],
		['内蒙呼和浩特', '15'],
		['广西南宁', '45'],
		['  北京市朝阳区 ', '11'],
		['黑龙江哈尔滨', '23'],
		['西藏拉萨', '54'],
		['宁夏银川', '64'],
		['陕西西安', '61'],
		['山西太原', '14'],
		['中国 浙江 杭州', '33'],
		['杭州市', '33'],
		['义乌', '33'],
		['深圳', '44'],
		['海南海口', '46'],
		['海南藏族自治州', '63'],
		['吉林长春', '22'],
		['海外', null],
		['', null],
		['   ', null],
		['中国', null],
		['香港', null],
		['Zhejiang', null],
		['发货地北京', null],
		['南北京', null],
	] as const)('%s → %s', (text, code) => {
		expect(parseProvince(text)).toBe(code);
	});

	// Order exports: full addresses as the seller back offices write them, and cells that name no province.
	it.each([
		['新疆维吾尔自治区乌鲁木齐市天山区解放北路1号', '65'],
		['西藏自治区拉萨市城关区林廓北路', '54'],
		['广西壮族自治区南宁市青秀区民族大道', '45'],
		['内蒙古自治区呼和浩特市新城区新华大街', '15'],
		['宁夏回族自治区银川市兴庆区解放西街', '64'],
		['北京市朝阳区建国路', '11'],
		['北京 北京市 朝阳区 建国路', '11'],
		['上海上海市浦东新区世纪大道', '31'],
		['浙江省 杭州市 西湖区 文三路', '33'],
		['黑龙江省哈尔滨市南岗区', '23'],
		['\u3000广东省深圳市南山区', '44'],
		['中国大陆 浙江省', null],
		['北京路123号', null],
		['南京西路1266号', null],
		['中山东一路', null],
		['新疆路', null],
		['内蒙古路', null],
		['江苏路88弄', null],
		['长春路', null],
		['北京大学', '11'],
		['到店自提', null],
		['见买家留言', null],
		['同上', null],
		['小明', null],
	] as const)('address %s → %s', (text, code) => {
		expect(parseProvince(text)).toBe(code);
	});
});

describe('zoneFor', () => {
	it.each([
		['33', '33', 'same_province', false],
		['33', '31', 'near', false],
		['33', '34', 'near', false],
		['33', '11', 'national', false],
		['11', '13', 'near', false],
		['44', '45', 'near', false],
		['51', '50', 'near', false],
		['23', '21', 'near', false],
		['44', '23', 'national', false],
		['33', '65', 'remote_2', false],
		['33', '54', 'remote_2', false],
		['33', '15', 'remote_1', false],
		['44', '46', 'remote_1', false],
		['62', '65', 'remote_2', false],
		['65', '65', 'same_province', false],
		[null, '11', 'national', true],
		[null, '33', 'national', true],
		[null, '65', 'remote_2', true],
		[null, '64', 'remote_1', true],
	] as const)('%s → %s is %s', (origin, destination, zone, assumed) => {
		expect(zoneFor(origin, destination)).toEqual({ zone, assumed });
	});

	it('is symmetric for non-remote pairs', () => {
		for (const a of PROVINCES) {
			for (const b of PROVINCES) {
				if (a.remoteTier !== 'none' || b.remoteTier !== 'none') continue;
				expect(zoneFor(a.code, b.code).zone).toBe(zoneFor(b.code, a.code).zone);
			}
		}
	});
});
