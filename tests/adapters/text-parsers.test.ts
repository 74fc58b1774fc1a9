import { describe, expect, test } from 'vitest';
import {
	clean,
	looksLikeFee,
	looksLikePromise,
	parseCarrier,
	parsePrice,
	parseShipFrom,
	parseShippingFee,
	parseWeight,
	paymentBadge,
} from '../../utils/adapters/text-parsers';

describe('clean', () => {
	test('collapses whitespace, U+3000 and nbsp; drops bidi and zero-width controls', () => {
		expect(clean('  重\u3000\u3000量\n\t 2.93kg\u00a0')).toBe('重 量 2.93kg');
		expect(clean('\u202e<img>\u200b店\u2066')).toBe('<img>店');
		expect(clean(null)).toBe('');
	});
});

describe('parsePrice', () => {
	test.each([
		['89.00', '89.00', 8900],
		['￥ 10.01', '10.01', 1001],
		['¥29.90-39.90', '29.90', 2990],
		['3.20 - 3.80', '3.20', 320],
		['¥1.00~5.00', '1.00', 100],
		['45.9', '45.9', 4590],
		['79', '79', 7900],
		['1,299.00', '1299.00', 129900],
		['15299.00元', '15299.00', 1529900],
	])('%s → %s', (input, text, fen) => {
		expect(parsePrice(input)).toEqual({ text, fen });
	});
	test.each(['', '.00', '0', '0.00', '--', '¥', 'abc', '1.234', '1-2-3', '12元起', null])('%s → null', (input) => {
		expect(parsePrice(input)).toBeNull();
	});
	test('beyond what a fact may carry (¥1 000 000): unknown, not a value the background rejects', () => {
		expect(parsePrice('1000000.00')?.fen).toBe(100_000_000);
		expect(parsePrice('1000000.01')).toBeNull();
		expect(parsePrice(`${'9'.repeat(30)}.00`)).toBeNull();
		expect(parseShippingFee('快递 ￥2000000')).toEqual({ raw: '快递 ￥2000000', fen: null });
	});
});

describe('parseShippingFee', () => {
	test.each([
		['快递 ￥10.00', 1000],
		['快递: 免运费', 0],
		['免运费', 0],
		['全场包邮', 0],
		['快递: 0.00', 0],
		['快递: 卖家包邮', 0],
		['EMS: 10.00', 1000],
		['快递 ¥4.00', 400],
		['运费 8元', 800],
		['快递: 8.00', 800],
	])('%s → %s fen', (raw, fen) => {
		expect(parseShippingFee(raw)).toEqual({ raw, fen });
	});
	test.each(['99元免基础运费(20kg内)', '满49包邮', '运费 ¥7 起', '部分地区不包邮', '快递 价格以实际为准'])(
		'%s → fen null (threshold, from-price or unclear)',
		(raw) => {
			expect(parseShippingFee(raw)).toEqual({ raw, fen: null });
		},
	);
	test('no text → null', () => {
		expect(parseShippingFee('  ')).toBeNull();
	});
	test('fee vs promise classification', () => {
		expect(looksLikeFee('快递: 免运费')).toBe(true);
		expect(looksLikeFee('承诺48小时内发货')).toBe(false);
		expect(looksLikePromise('承诺48小时内发货')).toBe(true);
		expect(looksLikePromise('预计明天发货｜承诺48小时内发货')).toBe(true);
		expect(looksLikePromise('全场包邮')).toBe(false);
	});
});

describe('parseWeight', () => {
	test.each([
		['2.93kg', '2.93kg', 2930],
		['15.6kg', '15.6kg', 15600],
		['商品毛重：15.6kg', '15.6kg', 15600],
		['重量(g) 60', '60g', 60],
		['重量（kg）：1.5', '1.5kg', 1500],
		['500g', '500g', 500],
		['净重 2斤', '2斤', 1000],
		['0.47 KG', '0.47KG', 470],
		['3公斤', '3公斤', 3000],
	])('%s → %s = %s g', (input, raw, grams) => {
		expect(parseWeight(input)).toEqual({ raw, grams });
	});
	test.each(['', '0kg', '2G+16G', '36W', '无', null, '1000.001kg', `${'9'.repeat(400)}kg`])('%s → null', (input) => {
		expect(parseWeight(input)).toBeNull();
	});
	test('up to 1 t is a weight', () => {
		expect(parseWeight('1000kg')).toEqual({ raw: '1000kg', grams: 1_000_000 });
	});
});

describe('paymentBadge', () => {
	test.each([
		['花呗', 'huabei'],
		['花呗分期', 'huabei'],
		[' 信用卡支付 ', 'credit_card'],
		['信用卡', 'credit_card'],
		['白条', 'jd_baitiao'],
		['白条分期', 'jd_baitiao'],
		['打白条', 'jd_baitiao'],
		['微信支付', 'wechat_pay'],
		['支付宝', 'alipay'],
		['京东支付', 'jd_pay'],
		['云闪付', 'unionpay'],
		['集分宝', null],
	])('%s → %s', (raw, id) => {
		expect(paymentBadge(raw)).toEqual({ raw: raw.trim(), id });
	});
	test('empty → null', () => expect(paymentBadge('  ')).toBeNull());
});

describe('parseShipFrom', () => {
	test.each([
		['广东广州', '广东广州', '44'],
		['浙江金华', '浙江金华', '33'],
		['广东广州 至', '广东广州', '44'],
		['江西景德镇至', '江西景德镇', '36'],
		['发货地：上海', '上海', '31'],
		['海外', '海外', null],
	])('%s → %s (%s)', (input, raw, province) => {
		expect(parseShipFrom(input)).toEqual({ raw, province });
	});
	test('empty → null', () => expect(parseShipFrom(' 至 ')).toBeNull());
});

describe('parseCarrier', () => {
	test.each([
		['京东物流', '京东物流', 'jd'],
		['顺丰速运', '顺丰速运', 'sf'],
		['EMS: 10.00', 'EMS', 'ems'],
		['中通快递 预计后天送达', '中通快递', 'zto'],
		['极兔速递', '极兔速递', 'jt'],
	])('%s → %s (%s)', (input, raw, id) => {
		expect(parseCarrier(input)).toEqual({ raw, id });
	});
	test.each(['快递: 免运费', '由 京东 发货, 并提供售后服务', '物流', '送运费险', null])(
		'%s names no carrier',
		(input) => {
			expect(parseCarrier(input)).toBeNull();
		},
	);
});
