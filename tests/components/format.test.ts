import { describe, expect, it } from 'vitest';
import {
	bpToPercentText,
	carrierName,
	formatBp,
	formatKg,
	formatMoney,
	formatRate,
	gramsToKgText,
	parseKgText,
	parsePercentText,
	parseYuanText,
	provinceName,
	reasonText,
} from '../../components/format';
import { langFromUiLanguage } from '../../components/i18n';
import { contractFromDraft, draftFromContract } from '../../components/options/contract-draft';
import { createQuickContract } from '../../utils/core/contract-validation';
import { NOW, zh } from './helpers';

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
		expect(bpToPercentText(0)).toBe('0');
		expect(bpToPercentText(50)).toBe('0.5');
		expect(bpToPercentText(1000)).toBe('10');
		expect(formatRate(0.987)).toBe('98.7%');
		expect(formatRate(1)).toBe('100.0%');
	});

	it('parses typed kg and yuan strictly', () => {
		expect(parseKgText('2.5')).toBe(2500);
		expect(parseKgText(' 2,5 ')).toBe(2500);
		expect(parseKgText('0.06')).toBe(60);
		for (const bad of ['', '0', 'abc', '-1', '1.2345', '1e3']) expect(parseKgText(bad)).toBeNull();
		expect(parseYuanText('2.00')).toBe(200);
		expect(parseYuanText('1,5')).toBe(150);
		expect(parseYuanText('2.005')).toBeNull();
		expect(parsePercentText('0.5')).toBe(50);
		expect(parsePercentText(' 1,25 ')).toBe(125);
		expect(parsePercentText('0')).toBe(0);
		for (const bad of ['', 'abc', '-1', '0.125', '5%%']) expect(parsePercentText(bad)).toBeNull();
		// What merchants type: a percent sign, full-width digits, grams, yuan signs.
		expect(parsePercentText('0.5%')).toBe(50);
		expect(parseKgText('500g')).toBe(500);
		expect(parseKgText('２．５公斤')).toBe(2500);
		expect(parseYuanText('¥2.20')).toBe(220);
		expect(parseYuanText('2.2元')).toBe(220);
		expect(parseYuanText('1，280.50')).toBe(128050);
	});

	it('round-trips an insurance percent through the contract draft, with a percent error when mistyped', () => {
		const contract = {
			...createQuickContract({ id: 'c', carrier: 'zto', firstFen: 200, extraFen: 100, updatedAt: NOW }),
			insuranceBp: 50,
		};
		const draft = draftFromContract(contract);
		expect(draft.insurancePercent).toBe('0.5');
		expect(contractFromDraft(draft, NOW).contract.insuranceBp).toBe(50);
		const typo = contractFromDraft({ ...draft, insurancePercent: '0.125' }, NOW).issues;
		expect(typo).toContainEqual({ path: 'insuranceBp', code: 'percent_invalid', params: { value: '0.125' } });
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
		expect(reasonText(i18n, { code: 'wechat_pay_per_shop_since', params: { date: '2024-09-12' } })).toBe(
			'2024-09-12 起按店铺开通',
		);
		// An invalid stored contract names the field in the merchant's words, never the internal path.
		expect(reasonText(i18n, { code: 'contract_invalid', params: { path: 'rates.firstFen' } })).toBe(
			'合同有误（基础价格·首重价格）：按默认价',
		);
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
