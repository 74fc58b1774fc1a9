// @vitest-environment happy-dom
import { cleanup, fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel, type PanelProps } from '../../components/panel/panel';
import type { PageStanding } from '../../utils/core/comparison-model';
import { panelProps, renderI18n } from './helpers';

afterEach(cleanup);

const standing: PageStanding = {
	key: 'taobao:item:1',
	visited: 14,
	freeShipping: 9,
	sameShipFrom: { province: '44', count: 5 },
	lines: [
		{ code: 'compare_standing_free', params: { free: 9, visited: 14 } },
		{ code: 'compare_standing_ship_from', params: { count: 5, province: '44' } },
	],
	latestChange: { code: 'compare_change_price', params: { fromFen: 3590, toFen: 2990, month: 11, day: 20 } },
};

const props = (overrides: Partial<PanelProps> = {}): PanelProps =>
	panelProps({ comparison: standing, onOpenCompare: vi.fn(), onOpenSwitchCalculator: vi.fn(), ...overrides });

describe('the panel among the recorded pages (issue 8) and the way to the switch calculator (issue 9)', () => {
	it('says in one line how this page stands, with the number of other recorded pages as data-visited', () => {
		const { container } = renderI18n(<Panel {...props()} />);
		const summary = container.querySelector<HTMLElement>('[data-cl="compare-summary"]');
		expect(summary?.dataset.visited).toBe('14');
		expect(summary?.textContent).toBe('包邮：14 家中 9 家；从广东省发货：5 家');
	});

	it('words the latest change on a revisit', () => {
		const { container } = renderI18n(<Panel {...props()} />);
		expect(container.querySelector('[data-cl="compare-change"]')?.textContent).toBe(
			'价格 ¥35.90 → ¥29.90，自 11月20日',
		);
		const none = renderI18n(<Panel {...props({ comparison: { ...standing, latestChange: null } })} />);
		expect(none.container.querySelector('[data-cl="compare-change"]')).toBeNull();
	});

	it('the first recorded page of a platform says so, with data-visited 0', () => {
		const first: PageStanding = {
			...standing,
			visited: 0,
			freeShipping: 0,
			lines: [{ code: 'compare_standing_first' }],
			latestChange: null,
		};
		const { container } = renderI18n(<Panel {...props({ comparison: first })} />);
		const summary = container.querySelector<HTMLElement>('[data-cl="compare-summary"]');
		expect(summary?.dataset.visited).toBe('0');
		expect(summary?.textContent).toContain('第一个');
	});

	it('collapsed, the comparison is still one click away, from the bar: one open-compare, visible, named in full', () => {
		const p = props({ collapsed: true });
		const { container } = renderI18n(<Panel {...p} />);
		const buttons = container.querySelectorAll<HTMLButtonElement>('[data-cl="open-compare"]');
		expect(buttons).toHaveLength(1);
		const [button] = buttons;
		expect(button?.closest('[hidden]')).toBeNull();
		expect(button?.textContent).toBe('对比');
		expect(button?.getAttribute('aria-label')).toBe('打开对比表（定位到本页）');
		fireEvent.click(button as HTMLButtonElement);
		expect(p.onOpenCompare).toHaveBeenCalledOnce();
		const expanded = renderI18n(<Panel {...props({ collapsed: false })} />);
		expect(expanded.container.querySelectorAll('[data-cl="open-compare"]')).toHaveLength(1);
	});

	it('without a standing (no database) there is no summary, and the comparison still opens', () => {
		const p = props({ comparison: null });
		const { container } = renderI18n(<Panel {...p} />);
		expect(container.querySelector('[data-cl="compare-summary"]')).toBeNull();
		fireEvent.click(container.querySelector('[data-cl="open-compare"]') as HTMLButtonElement);
		expect(p.onOpenCompare).toHaveBeenCalledTimes(1);
	});

	it('open-compare and 要不要换快递？ are labelled buttons that call out', () => {
		const p = props();
		const { container } = renderI18n(<Panel {...p} />);
		const open = container.querySelector<HTMLButtonElement>('button[data-cl="open-compare"]');
		expect(open?.textContent).toContain('对比表');
		fireEvent.click(open as HTMLButtonElement);
		expect(p.onOpenCompare).toHaveBeenCalledTimes(1);
		const change = container.querySelector<HTMLButtonElement>('button[data-cl="open-switch"]');
		expect(change?.textContent).toContain('要不要换快递？');
		fireEvent.click(change as HTMLButtonElement);
		expect(p.onOpenSwitchCalculator).toHaveBeenCalledTimes(1);
	});

	it('shows neither on a blocked page', () => {
		const { container } = renderI18n(<Panel {...props({ pageType: 'blocked', estimate: null })} />);
		expect(container.querySelector('[data-cl="compare-summary"]')).toBeNull();
		expect(container.querySelector('[data-cl="open-compare"]')).toBeNull();
		expect(container.querySelector('[data-cl="open-switch"]')).toBeNull();
	});
});
