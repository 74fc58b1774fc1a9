// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel, type PanelProps } from '../../components/panel/panel';
import { PROVINCES } from '../../utils/core/geography';
import { NOW, panelProps, renderI18n, sampleFacts } from './helpers';

afterEach(cleanup);

const props = (overrides: Partial<PanelProps> = {}): PanelProps => panelProps({ state: 'partial', ...overrides });

function root(container: HTMLElement): HTMLElement {
	const panel = container.querySelector<HTMLElement>('[data-cl="panel"]');
	if (!panel) throw new Error('no panel');
	return panel;
}

describe('Panel', () => {
	it('renders one row per carrier with every automation hook', () => {
		const p = props();
		const { container } = renderI18n(<Panel {...p} />);
		const panel = root(container);
		expect(panel.dataset.platform).toBe('taobao');
		expect(panel.dataset.pageType).toBe('item');
		expect(panel.dataset.state).toBe('partial');

		const quotes = [...container.querySelectorAll<HTMLElement>('[data-cl="quote"]')];
		expect(quotes.length).toBe(p.estimate?.rows.length);
		expect(quotes.length).toBeGreaterThanOrEqual(9);
		quotes.forEach((quote, index) => {
			expect(quote.dataset.rank).toBe(String(index + 1));
			expect(quote.dataset.costFen).toMatch(/^\d+$/);
			expect(quote.dataset.listFen).toMatch(/^\d+$/);
			expect(['contract', 'default']).toContain(quote.dataset.source);
			expect(Number(quote.dataset.reliability)).toBeGreaterThanOrEqual(0);
			expect(Number(quote.dataset.reliability)).toBeLessThanOrEqual(100);
			expect(['door', 'station', 'mixed']).toContain(quote.dataset.lastMile);
		});
		const zto = container.querySelector<HTMLElement>('[data-cl="quote"][data-carrier="zto"]');
		expect(zto?.dataset.source).toBe('contract');
		expect(zto?.dataset.costFen).toBe('200');
		expect(zto?.textContent).toContain('合同');
		expect(zto?.textContent).toContain('长期合同');

		const payments = [...container.querySelectorAll<HTMLElement>('[data-cl="payment"]')];
		expect(payments.map((payment) => payment.dataset.method)).toContain('alipay');
		for (const payment of payments) expect(payment.dataset.feeBp).toMatch(/^\d+$/);

		const fact = (name: string) => container.querySelector(`[data-cl="fact"][data-name="${name}"]`)?.textContent;
		expect(fact('shopName')).toBe('小甜崽sweet');
		expect(fact('price')).toBe('¥89.00');
		expect(fact('shipFrom')).toBe('浙江杭州');
		expect(fact('shippingFee')).toBe('免运费');

		const select = container.querySelector<HTMLSelectElement>('select[data-cl="destination"]');
		expect([...(select?.options ?? [])].map((option) => option.value)).toEqual(PROVINCES.map((p) => p.code));
		expect(select?.value).toBe('11');
		expect(container.querySelector<HTMLInputElement>('input[data-cl="weight-kg"]')?.value).toBe('1');
		// One line is announced, never the whole list.
		const live = [...container.querySelectorAll('[aria-live]')];
		expect(live.length).toBe(1);
		expect(live[0]?.querySelectorAll('[data-cl="quote"]').length).toBe(0);
		expect(live[0]?.textContent).toBe('最便宜：中通快递 ¥2.00');
		expect(panel.textContent).toContain('估算');
	});

	it('says plainly which facts were not read', () => {
		const facts = sampleFacts({ weight: null, shipFrom: null, shopName: null });
		const { container } = renderI18n(<Panel {...props({ facts })} />);
		expect(container.querySelector('[data-cl="fact"][data-name="weight"]')).toBeNull();
		expect(container.querySelector('[data-cl="fact"][data-name="shipFrom"]')).toBeNull();
		const text = root(container).textContent ?? '';
		expect(text).toContain('未读取到：店铺、发货地');
		// A Taobao item never states a weight: not "not read", yet the estimate says what it assumed.
		expect(text).not.toContain('发货地、重量');
		expect(text).toContain('页面不标重量：按 1 kg 估算');
		expect(text).toContain('发货地未知');
	});

	it('lists a missing weight as not read where the page type can state one (JD)', () => {
		const facts = sampleFacts({ platform: 'jd', weight: null, missing: ['weight'] });
		const { container } = renderI18n(<Panel {...props({ platform: 'jd', facts })} />);
		expect(container.querySelector('.cl-unknown')?.textContent).toBe('未读取到：重量（重量按 1 kg 估算）');
	});

	it('renders a hostile shop name as literal text', () => {
		const hostile = '<img src=x onerror=alert(1)>';
		const { container } = renderI18n(<Panel {...props({ facts: sampleFacts({ shopName: hostile }) })} />);
		expect(container.querySelector('[data-cl="fact"][data-name="shopName"]')?.textContent).toBe(hostile);
		expect(container.querySelector('img')).toBeNull();
	});

	it('shows no numbers and no rows on a blocked page', () => {
		const { container } = renderI18n(<Panel {...props({ pageType: 'blocked', state: 'ready' })} />);
		expect(root(container).dataset.pageType).toBe('blocked');
		expect(container.querySelectorAll('[data-cl="quote"]').length).toBe(0);
		expect(container.querySelectorAll('[data-cl="payment"]').length).toBe(0);
		expect(root(container).textContent).not.toMatch(/¥\s*\d/);
		expect(root(container).textContent).toContain('登录或验证');
	});

	it('shows one line and no numbers on error', () => {
		const { container } = renderI18n(<Panel {...props({ state: 'error', estimate: null, errorCode: 'internal' })} />);
		expect(root(container).dataset.state).toBe('error');
		expect(container.querySelectorAll('[data-cl="quote"]').length).toBe(0);
		expect(screen.getByRole('alert').textContent).toContain('出错了');
		expect(root(container).textContent).not.toMatch(/¥\s*\d/);
	});

	it('collapses to a tab with the best price, with a real button', () => {
		const onToggleCollapsed = vi.fn();
		const p = props({ onToggleCollapsed });
		const { container, rerender } = renderI18n(<Panel {...p} />);
		const collapse = screen.getByRole('button', { name: '收起面板' });
		expect(collapse.tagName).toBe('BUTTON');
		expect(collapse.getAttribute('aria-expanded')).toBe('true');
		fireEvent.click(collapse);
		expect(onToggleCollapsed).toHaveBeenCalledTimes(1);

		const best = Math.min(...(p.estimate?.rows ?? []).map((row) => row.quote.costFen));
		rerender(<Panel {...p} collapsed />);
		const tab = container.querySelector<HTMLButtonElement>('.cl-tab');
		expect(tab?.getAttribute('aria-expanded')).toBe('false');
		expect(tab?.textContent).toContain(`运费 ¥${(best / 100).toFixed(2)} 起`);
		// The body is hidden, but the hooks stay readable.
		expect(container.querySelector('#cl-body')?.hasAttribute('hidden')).toBe(true);
		expect(container.querySelectorAll('[data-cl="quote"]').length).toBe(p.estimate?.rows.length);
		tab?.focus();
		expect(document.activeElement).toBe(tab);
		fireEvent.click(tab as HTMLButtonElement);
		expect(onToggleCollapsed).toHaveBeenCalledTimes(2);
	});

	it('expands a row to show the breakdown and reliability factors', () => {
		const { container } = renderI18n(<Panel {...props()} />);
		const sf = container.querySelector<HTMLElement>('[data-cl="quote"][data-carrier="sf"]');
		const toggle = sf?.querySelector<HTMLButtonElement>('button[aria-expanded]');
		expect(toggle?.getAttribute('aria-expanded')).toBe('false');
		fireEvent.click(toggle as HTMLButtonElement);
		expect(toggle?.getAttribute('aria-expanded')).toBe('true');
		const details = sf?.querySelector<HTMLElement>('.cl-details');
		expect(details?.hidden).toBe(false);
		expect(details?.textContent).toContain('送货上门');
		expect(details?.textContent).toContain('直营网络');
		expect(details?.textContent).toContain('计费重');
		expect(details?.textContent).toMatch(/\+\d+/);
	});

	it('marks an assumed zone when the origin is unknown', () => {
		const facts = sampleFacts({ shipFrom: null });
		const { container } = renderI18n(<Panel {...props({ facts })} />);
		const first = container.querySelector<HTMLElement>('[data-cl="quote"]');
		fireEvent.click(first?.querySelector('button[aria-expanded]') as HTMLButtonElement);
		expect(first?.textContent).toContain('发货地未知，区域为推定');
	});

	it('passes destination, weight and strategy changes out; rejects an invalid weight', () => {
		const p = props();
		const { container } = renderI18n(<Panel {...p} />);
		fireEvent.change(container.querySelector('select[data-cl="destination"]') as HTMLSelectElement, {
			target: { value: '65' },
		});
		expect(p.onDestinationChange).toHaveBeenCalledWith('65');
		const weight = container.querySelector('input[data-cl="weight-kg"]') as HTMLInputElement;
		fireEvent.change(weight, { target: { value: '2.5' } });
		expect(p.onWeightChange).toHaveBeenCalledWith(2500);
		fireEvent.change(weight, { target: { value: 'abc' } });
		expect(p.onWeightChange).toHaveBeenCalledTimes(1);
		expect(screen.getByRole('alert').textContent).toContain('重量');
		fireEvent.click(screen.getByRole('button', { name: '最可靠' }));
		expect(p.onStrategyChange).toHaveBeenCalledWith('most_reliable');
	});

	it('explains why the first row is first, in the UI language', () => {
		const { container } = renderI18n(<Panel {...props()} />);
		const reason = container.querySelector('[data-rank="1"] .cl-reason')?.textContent ?? '';
		expect(reason).toMatch(/最便宜|并列最便宜/);
		expect(reason).not.toContain('$');
		expect(NOW).toBeTruthy();
	});
});
