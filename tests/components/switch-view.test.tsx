// @vitest-environment happy-dom
import { cleanup, fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MixImportResult } from '../../components/switch/order-import';
import { type SwitchInputs, SwitchView } from '../../components/switch/switch-view';
import { createQuickContract } from '../../utils/core/contract-validation';
import { NATIONAL_MIX } from '../../utils/core/destination-mix';
import { compareCarriers, verdicts } from '../../utils/core/switch-calculator';
import { loadMessages, makeTranslate, NOW, renderI18n } from './helpers';

afterEach(cleanup);

const INPUTS: SwitchInputs = {
	orders: 1000,
	current: 'zto',
	origin: '44',
	weightGrams: 1000,
	mix: 'national',
	averageOrderValueFen: null,
};
const ZTO = createQuickContract({ id: 'quick-zto', carrier: 'zto', firstFen: 200, extraFen: 100, updatedAt: NOW });

function resultFor(inputs: SwitchInputs = INPUTS) {
	return compareCarriers({ ...inputs, mix: NATIONAL_MIX, contracts: [ZTO], now: NOW });
}

function renderView(overrides: Partial<Parameters<typeof SwitchView>[0]> = {}, lang: 'zh' | 'en' = 'zh') {
	const result = resultFor(overrides.inputs ?? INPUTS);
	const props = {
		inputs: INPUTS,
		onInputs: vi.fn(),
		ordersMix: null,
		result,
		verdicts: verdicts(result),
		currency: 'symbol' as const,
		importResult: null,
		importing: false,
		onImportFile: vi.fn(),
		loadError: null,
		...overrides,
	};
	const t = lang === 'en' ? makeTranslate(loadMessages('en')) : undefined;
	return { ...renderI18n(<SwitchView {...props} />, lang, t), props };
}

const attr = (row: Element, name: string) => row.getAttribute(name);

describe('SwitchView (the Carriers tab)', () => {
	it('renders a row per carrier with every documented hook', () => {
		const { container } = renderView();
		const rows = [...container.querySelectorAll('[data-cl="switch-row"]')];
		expect(rows).toHaveLength(10);
		const zto = rows.find((row) => attr(row, 'data-carrier') === 'zto') as Element;
		expect({
			monthly: attr(zto, 'data-monthly-fen'),
			perOrder: attr(zto, 'data-per-order-fen'),
			delta: attr(zto, 'data-delta-fen'),
			source: attr(zto, 'data-source'),
			door: attr(zto, 'data-door'),
			complaints: attr(zto, 'data-complaints'),
		}).toEqual({
			monthly: '200000',
			perOrder: '200',
			delta: '0',
			source: 'contract',
			door: 'station',
			complaints: '0.00177',
		});
		for (const row of rows) {
			expect(attr(row, 'data-days-p50')).toMatch(/^\d+\.\d$/);
			expect(attr(row, 'data-days-p90')).toMatch(/^\d+\.\d$/);
			expect(Number(attr(row, 'data-days-p50'))).toBeLessThanOrEqual(Number(attr(row, 'data-days-p90')));
			expect(['door', 'station', 'mixed']).toContain(attr(row, 'data-door'));
		}
		const sf = rows.find((row) => attr(row, 'data-carrier') === 'sf') as Element;
		expect(attr(sf, 'data-complaints')).toBe('');
		expect(sf.textContent).toContain('无公开数据');
		// Cheapest first.
		const monthly = rows.map((row) => Number(attr(row, 'data-monthly-fen')));
		expect(monthly).toEqual([...monthly].sort((a, b) => a - b));
	});

	it('marks where each figure comes from: 合同 for the contract, 默认 or 估算 for defaults, 估算 for days', () => {
		const { container } = renderView();
		const row = (carrier: string) => container.querySelector(`[data-cl="switch-row"][data-carrier="${carrier}"]`);
		expect(row('zto')?.textContent).toContain('合同');
		expect(row('jd')?.textContent).toMatch(/默认|估算/);
		expect(row('jd')?.querySelectorAll('.sw-badge-estimate').length).toBeGreaterThan(0);
	});

	it('says the switch in one sentence per candidate, in Chinese and English', () => {
		const result = resultFor();
		const jd = result.rows.find((row) => row.carrier === 'jd');
		const { container } = renderView();
		const sentences = [...container.querySelectorAll('.sw-verdicts li')].map((li) => li.textContent);
		const yuan = String(Math.round((jd?.deltaFen ?? 0) / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
		expect(sentences.find((s) => s?.startsWith('改用京东'))).toMatch(
			new RegExp(
				`^改用京东快递每月多花 ¥${yuan}（每单 ¥\\d+\\.\\d\\d），上门配送，(中位时效(快|慢) \\d+\\.\\d 天|中位时效相同)$`,
			),
		);
		cleanup();
		const english = renderView({}, 'en').container;
		expect(english.querySelector('.sw-verdicts li[data-carrier="jd"]')?.textContent).toMatch(
			/^Switching to JD Logistics costs ¥[\d,]+ more a month \(¥\d+\.\d\d an order\), delivered to the door, /,
		);
	});

	it('adds the share of the order value when one is given', () => {
		const inputs = { ...INPUTS, averageOrderValueFen: 8900 };
		const { container } = renderView({ inputs });
		expect(container.querySelector('.sw-verdicts li[data-carrier="jd"]')?.textContent).toMatch(
			/多出的运费相当于客单价的 \d+(\.\d+)?%/,
		);
	});

	it('passes valid inputs on as they are typed and explains invalid ones', () => {
		const { container, props } = renderView();
		const orders = container.querySelector('input[data-cl="switch-orders"]') as HTMLInputElement;
		fireEvent.input(orders, { target: { value: '2,500' } });
		expect(props.onInputs).toHaveBeenLastCalledWith({ orders: 2500 });
		fireEvent.input(orders, { target: { value: '12.5' } });
		expect(container.querySelector('[role="alert"]')?.textContent).toContain('整数');
		expect(props.onInputs).toHaveBeenCalledTimes(1);
		fireEvent.change(container.querySelector('select[data-cl="switch-current"]') as HTMLSelectElement, {
			target: { value: 'jd' },
		});
		expect(props.onInputs).toHaveBeenLastCalledWith({ current: 'jd' });
		fireEvent.change(container.querySelector('select[data-cl="switch-mix"]') as HTMLSelectElement, {
			target: { value: '65' },
		});
		expect(props.onInputs).toHaveBeenLastCalledWith({ mix: '65' });
		const weight = container.querySelector('input[data-cl="switch-weight-kg"]') as HTMLInputElement;
		fireEvent.change(weight, { target: { value: '2.5' } });
		expect(props.onInputs).toHaveBeenLastCalledWith({ weightGrams: 2500 });
		expect((container.querySelector('select[data-cl="switch-origin"]') as HTMLSelectElement).value).toBe('44');
	});

	it('offers "my orders" only once a mix was imported', () => {
		const has = (c: HTMLElement) => !!c.querySelector('select[data-cl="switch-mix"] option[value="orders"]');
		expect(has(renderView().container)).toBe(false);
		cleanup();
		const { container } = renderView({ ordersMix: { orders: 195, importedAt: '2026-12-01T02:00:00.000Z' } });
		expect(has(container)).toBe(true);
		expect(container.querySelector('option[value="orders"]')?.textContent).toBe('我的订单（195 单，2026-12-01 导入）');
	});

	it('shows the import result with its hooks, the rows it could not place, and refusals that say what to do', () => {
		const ok: MixImportResult = {
			ok: true,
			fileName: 'orders.csv',
			rowsRead: 200,
			rowsPlaced: 195,
			encoding: 'gb18030',
			unplaced: [{ row: 19, text: '到店自提' }],
		};
		const { container, rerender, props } = renderView({ importResult: ok });
		const result = container.querySelector('[data-cl="mix-import-result"]');
		expect([
			result?.getAttribute('data-ok'),
			result?.getAttribute('data-rows'),
			result?.getAttribute('data-placed'),
		]).toEqual(['true', '200', '195']);
		expect(result?.textContent).toContain('第 19 行：到店自提');
		expect(result?.textContent).toContain('GBK/GB18030');
		rerender(<SwitchView {...props} importResult={{ ok: false, fileName: 'x.csv', code: 'unknown_encoding' }} />);
		const refused = container.querySelector('[data-cl="mix-import-result"]');
		expect(refused?.getAttribute('data-ok')).toBe('false');
		expect(refused?.textContent).toContain('另存为“CSV UTF-8');
	});

	it('hands the chosen file to the container', () => {
		const { container, props } = renderView();
		const input = container.querySelector('input[type=file][data-cl="mix-import"]') as HTMLInputElement;
		const file = new File(['地址\n浙江杭州\n'], 'orders.csv', { type: 'text/csv' });
		Object.defineProperty(input, 'files', { value: [file], configurable: true });
		fireEvent.change(input);
		expect(props.onImportFile).toHaveBeenCalledWith(file);
	});

	it('draws the chart as SVG text, today’s carrier highlighted, with a summary for screen readers', () => {
		const { container } = renderView();
		const svg = container.querySelector('svg[role="img"]');
		expect(svg?.querySelector('title')?.textContent).toMatch(/^每月运费柱状图：现在用的中通快递 ¥2,000，最便宜的/);
		expect(svg?.querySelectorAll('rect.sw-chart-bar')).toHaveLength(10);
		expect(svg?.querySelector('.sw-chart-current .sw-chart-label')?.textContent).toBe('中通快递');
	});
});
