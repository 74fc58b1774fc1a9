import { describe, expect, it } from 'vitest';
import {
	carrierName,
	formatBp,
	formatKg,
	formatMoney,
	gramsToKgText,
	parseKgText,
	parseYuanText,
	provinceName,
	reasonText,
} from '../../components/format';
import { langFromUiLanguage } from '../../components/i18n';
import { zh } from './helpers';

describe('format', () => {
	it('formats money, weights and rates', () => {
		expect(formatMoney(1230)).toBe('¥12.30');
		expect(formatMoney(1230, 'code')).toBe('CNY 12.30');
		expect(formatMoney(5)).toBe('¥0.05');
		expect(formatKg(2500)).toBe('2.5 kg');
		expect(formatKg(60)).toBe('0.06 kg');
		expect(gramsToKgText(1000)).toBe('1');
		expect(formatBp(60)).toBe('0.6%');
		expect(formatBp(125)).toBe('1.25%');
		expect(formatBp(100)).toBe('1%');
	});

	it('parses typed kg and yuan strictly', () => {
		expect(parseKgText('2.5')).toBe(2500);
		expect(parseKgText(' 2,5 ')).toBe(2500);
		expect(parseKgText('0.06')).toBe(60);
		for (const bad of ['', '0', 'abc', '-1', '1.2345', '1e3']) expect(parseKgText(bad)).toBeNull();
		expect(parseYuanText('2.00')).toBe(200);
		expect(parseYuanText('1,5')).toBe(150);
		expect(parseYuanText('2.005')).toBeNull();
	});

	it('names provinces and carriers in the UI language', () => {
		expect(provinceName('65', 'zh')).toBe('新疆维吾尔自治区');
		expect(provinceName('65', 'en')).toBe('Xinjiang');
		expect(carrierName('zto', 'zh')).toBe('中通快递');
		expect(carrierName('sf', 'en')).toBe('SF Express');
		expect(langFromUiLanguage('zh-CN')).toBe('zh');
		expect(langFromUiLanguage('en-US')).toBe('en');
		expect(langFromUiLanguage('vi')).toBe('vi');
		expect(langFromUiLanguage('de')).toBe('zh');
	});

	it('renders reasons with formatted params', () => {
		const i18n = { t: zh, lang: 'zh' as const };
		expect(reasonText(i18n, { code: 'cheapest_by', params: { fen: 140 } })).toBe('最便宜，比第二名便宜 ¥1.40');
		expect(
			reasonText(i18n, {
				code: 'installment_fee_merchant_may_bear',
				params: { periods: 3, bp: 230, status: 'estimate' },
			}),
		).toBe('分 3 期：商家可能承担 2.3% 手续费（估算）');
		expect(reasonText(i18n, { code: 'contract_origin_not_covered', params: { origin: '44' } })).toContain('广东省');
		expect(
			reasonText(i18n, {
				code: 'most_reliable',
				params: { score: 91, points: 3, factor1: 'door_delivery', factor2: 'direct_network' },
			}),
		).toBe('最可靠（评分 91）、领先 3 分、送货上门、直营');
		expect(reasonText(i18n, { code: 'most_reliable', params: { score: 91 } })).toBe('最可靠（评分 91）');
	});
});
