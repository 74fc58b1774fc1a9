/** The factors a carrier's reliability score is made of (listed once, part of REASON_CODES). */
export const RELIABILITY_FACTOR_CODES = [
	'spb_tier',
	'tier_unknown',
	'door_delivery',
	'mixed_delivery',
	'station_delivery',
	'direct_network',
	'franchise_network',
	'few_complaints',
	'some_complaints',
	'many_complaints',
	'complaints_unpublished',
	'spb_top_on_time',
] as const;

/**
 * Every Reason code the core emits (message keys `reason_<code>` the views translate) and the parameters of
 * each. A test runs the core broadly and checks it emits no code outside this list.
 */
export const REASON_CODES = [
	// Quote: a contract exists but was not applied.
	'contract_expired',
	'contract_not_yet_valid',
	'contract_origin_unknown',
	'contract_origin_not_covered',
	'contract_other_carrier',
	'contract_invalid',
	// Reliability factors (each also carries `points`).
	...RELIABILITY_FACTOR_CODES,
	// Payment notes.
	'wechat_pay_per_shop_since',
	'alipay_on_jd_since',
	'installment_fee_all_or_nothing',
	'seen_on_page_only',
	// Ranking.
	'only_carrier',
	'cheapest_by',
	'tied_cheapest',
	'dearer_than_first_by',
	'most_reliable',
	'less_reliable_by',
	'best_value',
	// Comparison (compare.html and the panel's summary).
	'compare_change_price',
	'compare_change_listed_fee',
	'compare_change_ship_from',
	'compare_change_carrier',
	'compare_gap_no_warehouse',
	'compare_gap_free',
	'compare_gap_charge',
	'compare_gap_terms',
	'compare_gap_terms_unknown',
	'compare_standing_first',
	'compare_standing_free',
	'compare_standing_ship_from',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export type ReliabilityFactorCode = (typeof RELIABILITY_FACTOR_CODES)[number];

type None = Record<never, never>;

/** The parameters of each code; a code missing here does not compile. */
type ReasonParamsOf = {
	contract_expired: { validTo: string };
	contract_not_yet_valid: { validFrom: string };
	contract_origin_unknown: None;
	contract_origin_not_covered: { origin: string };
	contract_other_carrier: { carrier: string };
	/** `path`: the first invalid field's model path (the views name the field). */
	contract_invalid: { path: string };
	spb_tier: { tier: string };
	tier_unknown: None;
	door_delivery: None;
	mixed_delivery: None;
	station_delivery: None;
	direct_network: None;
	franchise_network: None;
	few_complaints: { perMillion: number };
	some_complaints: { perMillion: number };
	many_complaints: { perMillion: number };
	complaints_unpublished: None;
	spb_top_on_time: { period: string };
	wechat_pay_per_shop_since: { date: string };
	alipay_on_jd_since: { date: string };
	installment_fee_all_or_nothing: None;
	seen_on_page_only: None;
	only_carrier: None;
	/** `fen`: the saving against the runner-up. */
	cheapest_by: { fen: number };
	tied_cheapest: None;
	dearer_than_first_by: { fen: number };
	/** `points`: lead over the runner-up; `factor1`, `factor2`: the strongest reliability factor codes. */
	most_reliable: { score: number; points?: number; factor1?: ReliabilityFactorCode; factor2?: ReliabilityFactorCode };
	less_reliable_by: { points: number };
	best_value: { fen: number; score: number; costWeightPercent: number };
	/** A change between visits, with the month and day it was seen. */
	compare_change_price: { fromFen: number; toFen: number; month: number; day: number };
	compare_change_listed_fee: { fromFen: number; toFen: number; month: number; day: number };
	/** A province code, or the page's own words when they name none. */
	compare_change_ship_from: { fromProvince: string; toProvince: string; month: number; day: number };
	/** A carrier id, or the listing's own words. */
	compare_change_carrier: { fromCarrier: string; toCarrier: string; month: number; day: number };
	compare_gap_no_warehouse: None;
	compare_gap_free: { yoursFen: number };
	compare_gap_charge: { theirsFen: number; yoursFen: number };
	/** `terms`: the page's own words, e.g. 满49包邮. */
	compare_gap_terms: { terms: string; yoursFen: number };
	compare_gap_terms_unknown: { yoursFen: number };
	compare_standing_first: None;
	compare_standing_free: { free: number; visited: number };
	compare_standing_ship_from: { count: number; province: string };
};

/** A translatable explanation: `code` names the message, `params` fill its placeholders. */
export type Reason = {
	[C in ReasonCode]: keyof ReasonParamsOf[C] extends never
		? { code: C; params?: None }
		: { code: C; params: ReasonParamsOf[C] };
}[ReasonCode];
