// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { QuoteRow } from '../../components/panel/quote-row';
import { loadMessages, makeTranslate, renderI18n, sampleEstimate, sampleFacts } from './helpers';

afterEach(cleanup);

describe('panel quote rows: delivery days', () => {
	const estimate = sampleEstimate(sampleFacts({ shipFrom: { raw: '浙江杭州', province: '33' } }), {
		defaultDestination: '65',
	});

	it('carry data-days-p50 ≤ data-days-p90 with one decimal, from the core', () => {
		const { container } = renderI18n(
			<ul>
				{estimate.rows.map((row) => (
					<QuoteRow key={row.quote.carrier} row={row} currency="symbol" />
				))}
			</ul>,
		);
		const quotes = [...container.querySelectorAll<HTMLElement>('[data-cl="quote"]')];
		expect(quotes).toHaveLength(10);
		for (const quote of quotes) {
			const row = estimate.rows.find((r) => r.quote.carrier === quote.dataset.carrier);
			expect(quote.dataset.daysP50).toBe(((row?.days.p50Tenths ?? 0) / 10).toFixed(1));
			expect(quote.dataset.daysP90).toBe(((row?.days.p90Tenths ?? 0) / 10).toFixed(1));
			expect(Number(quote.dataset.daysP50)).toBeLessThanOrEqual(Number(quote.dataset.daysP90));
		}
	});

	it('show a short "3–5 天" range marked 估算 (median rounded, 90th percentile rounded up)', () => {
		const row = estimate.rows.find((r) => r.quote.carrier === 'zto');
		if (!row) throw new Error('no zto');
		const { container } = renderI18n(
			<ul>
				<QuoteRow row={{ ...row, days: { p50Tenths: 31, p90Tenths: 49 } }} currency="symbol" />
			</ul>,
		);
		expect(container.querySelector('.cl-days')?.textContent).toBe('3–5 天 估算');
		cleanup();
		const same = renderI18n(
			<ul>
				<QuoteRow row={{ ...row, days: { p50Tenths: 18, p90Tenths: 20 } }} currency="symbol" />
			</ul>,
			'en',
			makeTranslate(loadMessages('en')),
		);
		expect(same.container.querySelector('.cl-days')?.textContent).toBe('about 2 days estimate');
	});
});
