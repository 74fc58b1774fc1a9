// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../utils/core/estimate-model';
import { CARRIER_IDS, PLATFORMS } from '../../utils/core/ids';
import { paymentOptions, platformFee } from '../../utils/core/payments';
import { quoteAll } from '../../utils/core/quote';
import { rankRows } from '../../utils/core/ranking';
import { reliabilityOf } from '../../utils/core/reliability';

describe('paymentOptions', () => {
	const methods = (platform: (typeof PLATFORMS)[number]) => paymentOptions(platform, 2990, []).map((o) => o.method);

	it('lists the methods of data.md §4 per platform', () => {
		expect(methods('taobao')).toEqual(['alipay', 'wechat_pay', 'huabei', 'credit_card']);
		expect(methods('tmall')).toEqual(methods('taobao'));
		expect(methods('jd')).toEqual(['jd_pay', 'wechat_pay', 'unionpay', 'alipay', 'jd_baitiao']);
		expect(methods('pdd')).toEqual(expect.arrayContaining(['wechat_pay', 'alipay', 'duoduo_pay']));
		expect(methods('1688')).toContain('alipay');
	});

	it('prices the fee on the item and keeps integer basis points with provenance', () => {
		for (const platform of PLATFORMS) {
			for (const option of paymentOptions(platform, 2990, [])) {
				expect(Number.isInteger(option.feeBp.value)).toBe(true);
				expect(['sourced', 'derived', 'estimate']).toContain(option.feeBp.provenance.status);
				expect(option.feeFen).toBe(Math.round((2990 * option.feeBp.value) / 10_000));
			}
			for (const option of paymentOptions(platform, null, [])) expect(option.feeFen).toBeNull();
		}
		const wechat = paymentOptions('taobao', 2990, []).find((o) => o.method === 'wechat_pay');
		expect(wechat).toMatchObject({ availability: 'shop', seenOnPage: false, feeFen: 18 });
		expect(wechat?.feeBp).toMatchObject({ value: 60, provenance: { status: 'sourced', sourceIds: ['S49'] } });
	});

	it('confirms per-shop methods seen on the page and adds unlisted ones as per shop', () => {
		const options = paymentOptions('taobao', 10_000, ['wechat_pay', 'unionpay']);
		expect(options.find((o) => o.method === 'wechat_pay')).toMatchObject({ availability: 'shop', seenOnPage: true });
		expect(options.find((o) => o.method === 'alipay')?.seenOnPage).toBe(false);
		expect(options.find((o) => o.method === 'unionpay')).toMatchObject({
			availability: 'shop',
			seenOnPage: true,
			feeFen: 60,
		});
	});

	it('gives Huabei its instalments as data: 3/6/12 periods at 2.3/4.5/7.5 % from Alipay’s rate card (F1), with the fee', () => {
		const huabei = paymentOptions('tmall', 10_000, []).find((o) => o.method === 'huabei');
		expect(huabei?.installments.map(({ periods, feeBp, feeFen }) => [periods, feeBp.value, feeFen])).toEqual([
			[3, 230, 230],
			[6, 450, 450],
			[12, 750, 750],
		]);
		for (const installment of huabei?.installments ?? []) {
			expect(installment.feeBp.provenance).toMatchObject({ status: 'sourced', sourceIds: ['F1'] });
		}
		expect(huabei?.notes).toEqual([{ code: 'installment_fee_all_or_nothing' }]);
		for (const option of paymentOptions('tmall', 10_000, [])) {
			if (option.method !== 'huabei') expect(option.installments).toEqual([]);
		}
	});

	it('states the platform fee once, by its right name, and never under each method', () => {
		// Taobao/Tmall charge 基础软件服务费 (not 技术服务费, which on Tmall is the category commission).
		expect(platformFee('tmall', 10_000)).toMatchObject({
			kind: 'basic_software_service_fee',
			feeFen: 60,
			categoryCommissionNotIncluded: true,
		});
		expect(platformFee('taobao', 10_000)).toMatchObject({ kind: 'basic_software_service_fee', feeFen: 60 });
		expect(platformFee('jd', null)).toMatchObject({ kind: 'transaction_service_fee', feeFen: null });
		expect(platformFee('pdd', 2990)?.feeBp.provenance.status).toBe('estimate');
		expect(platformFee('1688', 2990)).toBeNull();
		for (const platform of PLATFORMS) {
			for (const option of paymentOptions(platform, 10_000, [])) {
				expect(option.notes.map((note) => note.code)).not.toContain('taobao_software_fee');
			}
		}
	});

	it('never calls a method both of unknown availability and seen on this page', () => {
		const card = paymentOptions('taobao', 10_000, ['credit_card']).find((o) => o.method === 'credit_card');
		expect(card).toMatchObject({ availability: 'shop', seenOnPage: true });
		expect(paymentOptions('taobao', 10_000, []).find((o) => o.method === 'credit_card')?.availability).toBe('unknown');
		for (const platform of PLATFORMS) {
			const all = paymentOptions(platform, 10_000, ['alipay', 'wechat_pay', 'jd_baitiao', 'credit_card', 'huabei']);
			for (const option of all) expect(option.seenOnPage && option.availability === 'unknown').toBe(false);
		}
	});
});

describe('rankRows', () => {
	const quotes = quoteAll(
		{ actualGrams: 1000, dimensionsCm: null, declaredValueFen: null },
		{ origin: '44', destination: '11' },
		[],
		'2026-03-15',
	);
	const reliabilities = CARRIER_IDS.map(reliabilityOf);

	it.each(['cheapest', 'most_reliable', 'best_value'] as const)('%s ranks every carrier 1..n', (strategy) => {
		const rows = rankRows(quotes, reliabilities, strategy, 60);
		expect(rows.map((r) => r.rank)).toEqual(CARRIER_IDS.map((_, i) => i + 1));
		expect(new Set(rows.map((r) => r.quote.carrier)).size).toBe(CARRIER_IDS.length);
		expect(rows[0]?.reason).not.toBeNull();
	});

	it('cheapest: non-decreasing cost, ties in carrier order, and by how much the first wins', () => {
		const rows = rankRows(quotes, reliabilities, 'cheapest', 60);
		const costs = rows.map((r) => r.quote.costFen);
		expect(costs).toEqual([...costs].sort((a, b) => a - b));
		// The five Tongda carriers share the proxy card: tied, so carrier order decides.
		expect(rows.slice(0, 5).map((r) => r.quote.carrier)).toEqual(['zto', 'yto', 'sto', 'yunda', 'jt']);
		expect(rows[0]?.reason).toEqual({ code: 'tied_cheapest' });

		const cheaper: Quote = { ...(quotes[3] as Quote), costFen: 210 };
		const custom = rankRows([quotes[2] as Quote, cheaper], reliabilities, 'cheapest', 60);
		expect(custom[0]?.quote.carrier).toBe('yto');
		expect(custom[0]?.reason).toEqual({ code: 'cheapest_by', params: { fen: 350 - 210 } });
		expect(custom[1]?.reason).toEqual({ code: 'dearer_than_first_by', params: { fen: 140 } });
	});

	it('most_reliable: JD first with its strongest factors', () => {
		const rows = rankRows(quotes, reliabilities, 'most_reliable', 60);
		const scores = rows.map((r) => r.reliability.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
		expect(rows[0]?.quote.carrier).toBe('jd');
		expect(rows[0]?.reason).toEqual({
			code: 'most_reliable',
			params: { score: 98, points: 3, factor1: 'door_delivery', factor2: 'direct_network' },
		});
		expect(rows[1]?.reason).toEqual({ code: 'less_reliable_by', params: { points: 3 } });
	});

	it('best_value: 100 % cost equals cheapest, 0 % equals most reliable', () => {
		const carriers = (strategy: 'cheapest' | 'most_reliable' | 'best_value', weight: number) =>
			rankRows(quotes, reliabilities, strategy, weight).map((r) => r.quote.carrier);
		expect(carriers('best_value', 100)).toEqual(carriers('cheapest', 0));
		expect(carriers('best_value', 0)).toEqual(carriers('most_reliable', 0));
		const rows = rankRows(quotes, reliabilities, 'best_value', 60);
		expect(rows[0]?.reason?.code).toBe('best_value');
		expect(rows[0]?.reason?.params).toMatchObject({ costWeightPercent: 60 });
	});

	it('handles one row and no rows', () => {
		expect(rankRows([], reliabilities, 'cheapest', 50)).toEqual([]);
		expect(rankRows([quotes[0] as Quote], reliabilities, 'cheapest', 50)[0]?.reason).toEqual({ code: 'only_carrier' });
	});
});
