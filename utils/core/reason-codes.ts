/**
 * Every Reason code the core emits (message keys for the UI to translate). Params named in comments.
 * A test runs the core broadly and checks it emits no code outside this list.
 */
export const REASON_CODES = [
	// Quote: a contract exists but was not applied.
	'contract_expired', // validTo
	'contract_not_yet_valid', // validFrom
	'contract_origin_unknown', // the contract lists origins and the page's ship-from is unknown
	'contract_origin_not_covered', // origin
	'contract_other_carrier', // carrier
	'contract_invalid', // path (first invalid field)
	// Reliability factors (each also carries `points`).
	'spb_tier', // tier: A | A- | B+ | B | B- | C
	'tier_unknown',
	'door_delivery',
	'mixed_delivery',
	'station_delivery',
	'direct_network',
	'franchise_network',
	'few_complaints', // perMillion
	'some_complaints', // perMillion
	'many_complaints', // perMillion
	'complaints_unpublished',
	'spb_top_on_time', // period
	// Payment notes.
	'taobao_software_fee', // bp
	'jd_transaction_fee', // bp
	'pdd_service_fee_estimate', // bp
	'wechat_pay_per_shop_since', // date
	'alipay_on_jd_since', // date
	'installment_fee_merchant_may_bear', // periods, bp, status
	'installment_fee_all_or_nothing',
	'seen_on_page_only',
	// Ranking.
	'only_carrier',
	'cheapest_by', // fen: saving against the runner-up
	'tied_cheapest',
	'dearer_than_first_by', // fen
	'most_reliable', // score, points (lead over the runner-up), factor1, factor2 (reliability factor codes)
	'less_reliable_by', // points
	'best_value', // fen, score, costWeightPercent
	// Comparison (compare.html and the panel's summary).
	'compare_change_price', // fromFen, toFen, month, day
	'compare_change_listed_fee', // fromFen, toFen, month, day
	'compare_change_ship_from', // fromProvince, toProvince (a code, or the page's words), month, day
	'compare_change_carrier', // fromCarrier, toCarrier (an id, or the listing's words), month, day
	'compare_gap_no_warehouse',
	'compare_gap_free', // yoursFen
	'compare_gap_charge', // theirsFen, yoursFen
	'compare_gap_terms', // terms (the page's words, e.g. 满49包邮), yoursFen
	'compare_gap_terms_unknown', // yoursFen
	'compare_standing_first',
	'compare_standing_free', // free, visited
	'compare_standing_ship_from', // count, province
] as const;
