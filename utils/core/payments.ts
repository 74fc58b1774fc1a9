import type { InstallmentFee, PaymentAvailability, PaymentOption, PlatformFee, Reason } from './estimate-model';
import { derived, estimate, figure, sourced } from './figures';
import type { Fen, PaymentMethodId, Platform } from './ids';
import { basisPointsOf } from './money';
import type { Figure, LocalizedText } from './provenance';
import type { SourceId } from './source-ids';

/** Payment methods per platform and the merchant's fee, from data.md §4 and data-delivery-time.md §6. Whole basis points. */
interface MethodEntry {
	method: PaymentMethodId;
	feeBp: Figure<number>;
	availability: PaymentAvailability;
	notes: Reason[];
}

// Processor reference rates (data.md §4.4).
const WECHAT_RATE = figure(
	60,
	sourced(['S49'], '2020-05', {
		zh: '实物商品的微信支付费率为0.6%；服务商可申请0.2%—0.38%（S50）。',
		en: 'WeChat Pay 0.6 % for physical goods; providers may get 0.2–0.38 % (S50).',
		vi: 'WeChat Pay 0,6% cho hàng hóa vật chất; nhà cung cấp có thể được 0,2–0,38% (S50).',
	}),
);
const ALIPAY_RATE = figure(
	60,
	estimate(
		'2017',
		{
			zh: '支付宝标准费率0.6%只得到部分证实（0.55%优惠已于2017年6月30日结束；特殊行业1.2%）。',
			en: 'Alipay 0.6 % standard is only partly verified (0.55 % promo ended 2017-06-30; 1.2 % special industries).',
			vi: 'Mức chuẩn 0,6% của Alipay chỉ được xác minh một phần (ưu đãi 0,55% hết hạn 30/6/2017; ngành đặc biệt 1,2%).',
		},
		['S50', 'S51'],
	),
);
const METHOD_NAMES = {
	jd_pay: { zh: '京东支付', en: 'JD Pay', vi: 'JD Pay' },
	unionpay: { zh: '银联', en: 'UnionPay', vi: 'UnionPay' },
	jd_baitiao: { zh: '京东白条', en: 'JD Baitiao', vi: 'JD Baitiao' },
	duoduo_pay: { zh: '多多支付', en: 'Duoduo Pay', vi: 'Duoduo Pay' },
	credit_card: { zh: '信用卡', en: 'credit card', vi: 'thẻ tín dụng' },
} as const satisfies Partial<Record<PaymentMethodId, LocalizedText>>;

const assumedRate = (method: keyof typeof METHOD_NAMES, date: string, sourceIds: SourceId[] = []) =>
	figure(
		60,
		estimate(
			date,
			{
				zh: `未找到${METHOD_NAMES[method].zh}的商家费率；按常见的0.6%支付费率估算。`,
				en: `No ${METHOD_NAMES[method].en} merchant rate found; assumed the common 0.6 % processor rate.`,
				vi: `Không tìm thấy mức phí người bán của ${METHOD_NAMES[method].vi}; giả định mức phổ biến 0,6%.`,
			},
			sourceIds,
		),
	);

/**
 * Huabei interest-free instalments, when the merchant bears the fee: Alipay's own rate card (F1), 3 periods 2.30 %,
 * 6 periods 4.50 %, 12 periods 7.50 %. In that product the buyer pays; merchant-paid instalments on Taobao are
 * assumed to use the same card. Offered all or nothing (S52).
 */
const HUABEI_INSTALLMENTS: readonly Omit<InstallmentFee, 'feeFen'>[] = (
	[
		[3, 230],
		[6, 450],
		[12, 750],
	] as const
).map(([periods, bp]) => ({
	periods,
	feeBp: figure(
		bp,
		sourced(['F1'], '2026', {
			zh: '支付宝花呗分期费率表（3期2.30%、6期4.50%、12期7.50%）。该产品由买家付费；淘宝上商家承担的免息分期按同一费率表推定。',
			en: 'Alipay’s Huabei instalment rate card (3 periods 2.30 %, 6 periods 4.50 %, 12 periods 7.50 %). There the buyer pays; merchant-paid interest-free instalments on Taobao are assumed to use the same card.',
			vi: 'Biểu phí trả góp Huabei của Alipay (3 kỳ 2,30%, 6 kỳ 4,50%, 12 kỳ 7,50%). Ở đó người mua trả; trả góp không lãi do người bán chịu trên Taobao được giả định dùng cùng biểu phí.',
		}),
	),
}));

const TAOBAO_TMALL: MethodEntry[] = [
	{ method: 'alipay', feeBp: ALIPAY_RATE, availability: 'platform', notes: [] },
	{
		method: 'wechat_pay',
		feeBp: WECHAT_RATE,
		availability: 'shop',
		notes: [{ code: 'wechat_pay_per_shop_since', params: { date: '2024-09-12' } }],
	},
	{
		method: 'huabei',
		feeBp: figure(
			60,
			derived(['S04', 'S51'], '2019', {
				zh: '花呗通过支付宝付款，适用支付宝费率。',
				en: 'Huabei is paid through Alipay: the Alipay rate applies.',
				vi: 'Huabei thanh toán qua Alipay: áp dụng phí của Alipay.',
			}),
		),
		availability: 'platform',
		notes: [{ code: 'installment_fee_all_or_nothing' }],
	},
	{
		method: 'credit_card',
		feeBp: figure(
			100,
			estimate('2026-01', {
				zh: '来源中未找到；接受信用卡的卖家通常约付1%。',
				en: 'Not in the sources; sellers accepting credit cards commonly pay about 1 %.',
				vi: 'Không có trong nguồn; người bán nhận thẻ tín dụng thường trả khoảng 1%.',
			}),
		),
		availability: 'unknown',
		notes: [],
	},
];

const PAYMENTS: Record<Platform, MethodEntry[]> = {
	taobao: TAOBAO_TMALL,
	tmall: TAOBAO_TMALL,
	jd: [
		{ method: 'jd_pay', feeBp: assumedRate('jd_pay', '2024-09', ['S05']), availability: 'platform', notes: [] },
		{ method: 'wechat_pay', feeBp: WECHAT_RATE, availability: 'platform', notes: [] },
		{ method: 'unionpay', feeBp: assumedRate('unionpay', '2024-09', ['S05']), availability: 'platform', notes: [] },
		{
			method: 'alipay',
			feeBp: ALIPAY_RATE,
			availability: 'platform',
			notes: [{ code: 'alipay_on_jd_since', params: { date: '2024-10' } }],
		},
		// Baitiao is general knowledge only (data.md §4.2), hence unknown availability.
		{ method: 'jd_baitiao', feeBp: assumedRate('jd_baitiao', '2026-01'), availability: 'unknown', notes: [] },
	],
	pdd: [
		{ method: 'wechat_pay', feeBp: WECHAT_RATE, availability: 'platform', notes: [] },
		{ method: 'alipay', feeBp: ALIPAY_RATE, availability: 'platform', notes: [] },
		{
			method: 'duoduo_pay',
			feeBp: assumedRate('duoduo_pay', '2020-12', ['S54', 'S55']),
			availability: 'platform',
			notes: [],
		},
		{ method: 'unionpay', feeBp: assumedRate('unionpay', '2020-12', ['S56']), availability: 'platform', notes: [] },
	],
	// The reference data has no 1688 section: only Alibaba's own Alipay is assumed.
	'1688': [{ method: 'alipay', feeBp: ALIPAY_RATE, availability: 'platform', notes: [] }],
};

/** The platform's fee on every order, whatever the buyer pays with (data.md §4, data-delivery-time.md §6). */
const PLATFORM_FEES: Record<Platform, Omit<PlatformFee, 'feeFen'> | null> = {
	taobao: {
		kind: 'basic_software_service_fee',
		feeBp: figure(
			60,
			estimate(
				'2024-09',
				{
					zh: '基础软件服务费：按成交额（含运费）的0.6%，2024年9月1日起。账单里有这一项，闲鱼显示0.6%（均为匿名代码，S57、S58）；淘宝公告原文未找到。',
					en: 'Basic software service fee: 0.6 % of the transaction including shipping, from 2024-09-01. The fee line appears in merchant bills and Xianyu shows 0.6 % (both anonymous code, S57, S58); the Taobao announcement was not found.',
					vi: 'Phí dịch vụ phần mềm cơ bản: 0,6% giá trị giao dịch (gồm phí ship) từ 1/9/2024. Khoản phí có trong hóa đơn người bán và Xianyu hiển thị 0,6% (đều là mã ẩn danh, S57, S58); không tìm thấy thông báo gốc của Taobao.',
				},
				['S57', 'S58'],
			),
		),
		categoryCommissionNotIncluded: false,
	},
	tmall: {
		kind: 'basic_software_service_fee',
		feeBp: figure(
			60,
			estimate(
				'2024-09',
				{
					zh: '天猫同样收取0.6%的基础软件服务费（S57、S58，匿名代码）。天猫的“技术服务费”是按类目收的佣金（常见2%—5%，费率表未找到），不含在这里。',
					en: 'Tmall charges the same 0.6 % basic software service fee (S57, S58, anonymous code). Tmall’s “technical service fee” is the category commission (commonly 2–5 %, table not found) and is not included.',
					vi: 'Tmall thu cùng mức phí phần mềm cơ bản 0,6% (S57, S58, mã ẩn danh). "Phí dịch vụ kỹ thuật" của Tmall là hoa hồng theo ngành hàng (thường 2–5%, chưa tìm thấy biểu phí) và không tính ở đây.',
				},
				['S57', 'S58'],
			),
		),
		categoryCommissionNotIncluded: true,
	},
	jd: {
		kind: 'transaction_service_fee',
		feeBp: figure(
			60,
			sourced(['S48'], '2023-04', {
				zh: '京东POP交易服务费0.6%，2023年4月1日起，订单取消或退款时退还；同时取消了平台使用费。类目技术服务费另计（费率表未找到）。',
				en: 'JD POP transaction service fee 0.6 % from 2023-04-01, refunded when an order is cancelled or refunded; the platform usage fee was abolished. Category technical service fees are extra (table not found).',
				vi: 'Phí dịch vụ giao dịch JD POP 0,6% từ 1/4/2023, hoàn lại khi hủy hoặc hoàn tiền; phí sử dụng sàn đã bỏ. Phí kỹ thuật theo ngành hàng tính riêng (chưa tìm thấy biểu phí).',
			}),
		),
		categoryCommissionNotIncluded: true,
	},
	pdd: {
		kind: 'technical_service_fee',
		feeBp: figure(
			60,
			estimate('2026-01', {
				zh: '常说的拼多多0.6%技术服务费未找到来源（估算）。',
				en: 'The commonly cited 0.6 % Pinduoduo technical service fee was not found in any source (estimate).',
				vi: 'Không tìm thấy nguồn cho mức phí dịch vụ kỹ thuật 0,6% thường được nhắc của Pinduoduo (ước tính).',
			}),
		),
		categoryCommissionNotIncluded: false,
	},
	'1688': null,
};

/** Fee for a method seen on a page of a platform that the data does not list it for. */
const SEEN_ONLY_RATE: Record<PaymentMethodId, Figure<number>> = {
	alipay: ALIPAY_RATE,
	wechat_pay: WECHAT_RATE,
	jd_pay: assumedRate('jd_pay', '2026-01'),
	unionpay: assumedRate('unionpay', '2026-01'),
	huabei: ALIPAY_RATE,
	credit_card: assumedRate('credit_card', '2026-01'),
	jd_baitiao: assumedRate('jd_baitiao', '2026-01'),
	duoduo_pay: assumedRate('duoduo_pay', '2026-01'),
};

const feeOn = (priceFen: Fen | null, bp: number): Fen | null =>
	priceFen === null || !(priceFen >= 0) ? null : basisPointsOf(priceFen, bp);

/** The platform's own fee on this price, shown once (null for 1688, whose fees are not in the reference data). */
export function platformFee(platform: Platform, priceFen: Fen | null): PlatformFee | null {
	const fee = PLATFORM_FEES[platform];
	return fee === null ? null : { ...fee, feeFen: feeOn(priceFen, fee.feeBp.value) };
}

/**
 * Payment options of a platform with the merchant fee on this price (null when the price is unknown).
 * A badge seen on the page confirms that this shop offers the method (a per-shop or unknown method becomes
 * `shop`), and adds a method the data does not list, as per shop.
 */
export function paymentOptions(
	platform: Platform,
	priceFen: Fen | null,
	badgesSeen: PaymentMethodId[],
): PaymentOption[] {
	const seen = new Set(badgesSeen);
	const installmentsOf = (method: PaymentMethodId): InstallmentFee[] =>
		method === 'huabei'
			? HUABEI_INSTALLMENTS.map((entry) => ({ ...entry, feeFen: feeOn(priceFen, entry.feeBp.value) }))
			: [];
	const options: PaymentOption[] = PAYMENTS[platform].map((entry) => {
		const seenOnPage = seen.has(entry.method);
		return {
			method: entry.method,
			feeBp: entry.feeBp,
			feeFen: feeOn(priceFen, entry.feeBp.value),
			availability: seenOnPage && entry.availability === 'unknown' ? 'shop' : entry.availability,
			seenOnPage,
			installments: installmentsOf(entry.method),
			notes: entry.notes,
		};
	});
	for (const method of seen) {
		if (options.some((option) => option.method === method)) continue;
		const feeBp: Figure<number> | undefined = SEEN_ONLY_RATE[method];
		if (feeBp === undefined) continue; // an id from outside the core list: nothing to say about it
		options.push({
			method,
			feeBp,
			feeFen: feeOn(priceFen, feeBp.value),
			availability: 'shop',
			seenOnPage: true,
			installments: [],
			notes: [{ code: 'seen_on_page_only' }],
		});
	}
	return options;
}
