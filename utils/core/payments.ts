import type { PaymentAvailability, PaymentOption, Reason } from './estimate-model';
import { derived, estimate, figure, sourced } from './figures';
import type { Fen, PaymentMethodId, Platform } from './ids';
import { basisPointsOf } from './money';
import type { Figure } from './provenance';

/** Payment methods per platform and the merchant's fee, from data.md §4. Fees are whole basis points. */
interface MethodEntry {
	method: PaymentMethodId;
	feeBp: Figure<number>;
	availability: PaymentAvailability;
	notes: Reason[];
}

// Processor reference rates (data.md §4.4).
const WECHAT_RATE = figure(
	60,
	sourced(['S49'], '2020-05', 'WeChat Pay 0.6 % for physical goods; providers may get 0.2–0.38 % (S50).'),
);
const ALIPAY_RATE = figure(
	60,
	estimate(
		'2017',
		'Alipay 0.6 % standard is only partly verified (0.55 % promo ended 2017-06-30; 1.2 % special industries).',
		['S50', 'S51'],
	),
);
const assumedRate = (method: string, date: string, sourceIds: string[] = []) =>
	figure(60, estimate(date, `No ${method} merchant rate found; assumed the common 0.6 % processor rate.`, sourceIds));

// Notes are platform-wide fees the UI shows beside each method (they are charged whatever the buyer pays with).
const TAOBAO_SOFTWARE_FEE: Reason = { code: 'taobao_software_fee', params: { bp: 60 } };
const JD_TRANSACTION_FEE: Reason = { code: 'jd_transaction_fee', params: { bp: 60 } };
const PDD_SERVICE_FEE: Reason = { code: 'pdd_service_fee_estimate', params: { bp: 60 } };

// Huabei interest-free installments borne by the merchant: 3 periods estimate, 6 and 12 from S53; all or nothing (S52).
const HUABEI_NOTES: Reason[] = [
	{ code: 'installment_fee_merchant_may_bear', params: { periods: 3, bp: 230, status: 'estimate' } },
	{ code: 'installment_fee_merchant_may_bear', params: { periods: 6, bp: 450, status: 'sourced' } },
	{ code: 'installment_fee_merchant_may_bear', params: { periods: 12, bp: 750, status: 'sourced' } },
	{ code: 'installment_fee_all_or_nothing' },
];

const TAOBAO_TMALL: MethodEntry[] = [
	{ method: 'alipay', feeBp: ALIPAY_RATE, availability: 'platform', notes: [TAOBAO_SOFTWARE_FEE] },
	{
		method: 'wechat_pay',
		feeBp: WECHAT_RATE,
		availability: 'shop',
		notes: [TAOBAO_SOFTWARE_FEE, { code: 'wechat_pay_per_shop_since', params: { date: '2024-09-12' } }],
	},
	{
		method: 'huabei',
		feeBp: figure(60, derived(['S04', 'S51'], '2019', 'Huabei is paid through Alipay: the Alipay rate applies.')),
		availability: 'platform',
		notes: [TAOBAO_SOFTWARE_FEE, ...HUABEI_NOTES],
	},
	{
		method: 'credit_card',
		feeBp: figure(
			100,
			estimate('2026-01', 'Not in the sources; sellers accepting credit cards commonly pay about 1 %.'),
		),
		availability: 'unknown',
		notes: [TAOBAO_SOFTWARE_FEE],
	},
];

const PAYMENTS: Record<Platform, MethodEntry[]> = {
	taobao: TAOBAO_TMALL,
	tmall: TAOBAO_TMALL,
	jd: [
		{
			method: 'jd_pay',
			feeBp: assumedRate('JD Pay', '2024-09', ['S05']),
			availability: 'platform',
			notes: [JD_TRANSACTION_FEE],
		},
		{ method: 'wechat_pay', feeBp: WECHAT_RATE, availability: 'platform', notes: [JD_TRANSACTION_FEE] },
		{
			method: 'unionpay',
			feeBp: assumedRate('UnionPay', '2024-09', ['S05']),
			availability: 'platform',
			notes: [JD_TRANSACTION_FEE],
		},
		{
			method: 'alipay',
			feeBp: ALIPAY_RATE,
			availability: 'platform',
			notes: [JD_TRANSACTION_FEE, { code: 'alipay_on_jd_since', params: { date: '2024-10' } }],
		},
		// Baitiao is general knowledge only (data.md §4.2), hence unknown availability.
		{
			method: 'jd_baitiao',
			feeBp: assumedRate('JD Baitiao', '2026-01'),
			availability: 'unknown',
			notes: [JD_TRANSACTION_FEE],
		},
	],
	pdd: [
		{ method: 'wechat_pay', feeBp: WECHAT_RATE, availability: 'platform', notes: [PDD_SERVICE_FEE] },
		{ method: 'alipay', feeBp: ALIPAY_RATE, availability: 'platform', notes: [PDD_SERVICE_FEE] },
		{
			method: 'duoduo_pay',
			feeBp: assumedRate('Duoduo Pay', '2020-12', ['S54', 'S55']),
			availability: 'platform',
			notes: [PDD_SERVICE_FEE],
		},
		{
			method: 'unionpay',
			feeBp: assumedRate('UnionPay', '2020-12', ['S56']),
			availability: 'platform',
			notes: [PDD_SERVICE_FEE],
		},
	],
	// The reference data has no 1688 section: only Alibaba's own Alipay is assumed.
	'1688': [{ method: 'alipay', feeBp: ALIPAY_RATE, availability: 'platform', notes: [] }],
};

/** Fee for a method seen on a page of a platform that the data does not list it for. */
const SEEN_ONLY_RATE: Record<PaymentMethodId, Figure<number>> = {
	alipay: ALIPAY_RATE,
	wechat_pay: WECHAT_RATE,
	jd_pay: assumedRate('JD Pay', '2026-01'),
	unionpay: assumedRate('UnionPay', '2026-01'),
	huabei: ALIPAY_RATE,
	credit_card: assumedRate('credit card', '2026-01'),
	jd_baitiao: assumedRate('JD Baitiao', '2026-01'),
	duoduo_pay: assumedRate('Duoduo Pay', '2026-01'),
};

/**
 * Payment options of a platform with the merchant fee on this price (null when the price is unknown).
 * A badge seen on the page confirms a per-shop method and adds a method the data does not list, as per shop.
 */
export function paymentOptions(
	platform: Platform,
	priceFen: Fen | null,
	badgesSeen: PaymentMethodId[],
): PaymentOption[] {
	const seen = new Set(badgesSeen);
	const feeFen = (bp: number) => (priceFen === null || !(priceFen >= 0) ? null : basisPointsOf(priceFen, bp));
	const options: PaymentOption[] = PAYMENTS[platform].map((entry) => ({
		method: entry.method,
		feeBp: entry.feeBp,
		feeFen: feeFen(entry.feeBp.value),
		availability: entry.availability,
		seenOnPage: seen.has(entry.method),
		notes: entry.notes,
	}));
	for (const method of seen) {
		if (options.some((option) => option.method === method)) continue;
		const feeBp: Figure<number> | undefined = SEEN_ONLY_RATE[method];
		if (feeBp === undefined) continue; // an id from outside the core list: nothing to say about it
		options.push({
			method,
			feeBp,
			feeFen: feeFen(feeBp.value),
			availability: 'shop',
			seenOnPage: true,
			notes: [{ code: 'seen_on_page_only' }],
		});
	}
	return options;
}
