// @vitest-environment happy-dom
import { cleanup, fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Panel } from '../../components/panel/panel';
import { panelProps, renderI18n, sampleEstimate, sampleFacts } from './helpers';

afterEach(cleanup);

const props = panelProps;

const row = (container: HTMLElement, carrier: string) =>
	container.querySelector<HTMLElement>(`[data-cl="quote"][data-carrier="${carrier}"]`) as HTMLElement;

describe('panel layout by window width (issue 11)', () => {
	it('full: each row shows its provenance, last mile and days under the price', () => {
		const { container } = renderI18n(<Panel {...props({ layout: 'full' })} />);
		const sf = row(container, 'sf');
		expect(sf.querySelector('.cl-quote-meta')).not.toBeNull();
		expect(sf.querySelector('.cl-compact-days')).toBeNull();
	});

	for (const layout of ['compact', 'sheet'] as const) {
		it(`${layout}: one line per carrier (name, days, reliability, price); the rest on demand`, () => {
			const { container } = renderI18n(<Panel {...props({ layout })} />);
			const sf = row(container, 'sf');
			const main = sf.querySelector('.cl-quote-main') as HTMLElement;
			expect(main.textContent).toContain('顺丰');
			expect(main.textContent).toMatch(/\d+(–\d+)? 天/);
			expect(main.textContent).toContain(`可靠性 ${sf.dataset.reliability}`);
			expect(main.textContent).toMatch(/¥\d+\.\d\d/);
			// Nothing else is drawn for the row until its details are opened.
			const details = sf.querySelector<HTMLElement>('.cl-details') as HTMLElement;
			expect([...sf.children].filter((child) => child !== main && child !== details)).toEqual([]);
			expect(details.hidden).toBe(true);
			const toggle = main.querySelector('button[aria-expanded]') as HTMLButtonElement;
			fireEvent.click(toggle);
			expect(toggle.getAttribute('aria-expanded')).toBe('true');
			expect(details.hidden).toBe(false);
			expect(details.querySelector('.cl-quote-meta')?.textContent).toContain('送货上门');
			// The hooks are the same in every layout.
			expect(sf.dataset.daysP50).toMatch(/^\d+\.\d$/);
			expect(container.querySelectorAll('[data-cl="quote"]').length).toBeGreaterThanOrEqual(9);
		});
	}

	it('announces one line, which follows the ranking, and never the list', () => {
		const p = props();
		const { container, rerender } = renderI18n(<Panel {...p} />);
		const live = container.querySelector('[aria-live]') as HTMLElement;
		expect(live.closest('ol')).toBeNull();
		expect(container.querySelector('ol[aria-live]')).toBeNull();
		expect(live.textContent).toBe('最便宜：中通快递 ¥2.00');
		const reliable = sampleEstimate(sampleFacts(), { ranking: 'most_reliable' });
		const top = reliable.rows[0]?.quote;
		rerender(<Panel {...p} estimate={reliable} strategy="most_reliable" />);
		expect(live.textContent).toMatch(/^最可靠：\S+ ¥\d+\.\d\d$/);
		expect(live.textContent).toContain(`¥${((top?.costFen ?? 0) / 100).toFixed(2)}`);
	});

	it('the ranking buttons are labelled toggles that hand the choice out', () => {
		const p = props();
		const { getByRole } = renderI18n(<Panel {...p} />);
		expect(getByRole('button', { name: '最便宜' }).getAttribute('aria-pressed')).toBe('true');
		fireEvent.click(getByRole('button', { name: '性价比' }));
		expect(p.onStrategyChange).toHaveBeenCalledWith('best_value');
	});
});
