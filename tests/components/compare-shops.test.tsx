// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShopsTab, type ShopsTabProps } from '../../components/compare/shops-tab';
import { compareRows, createCostCalculator } from '../../utils/core/comparison';
import type { PageRecord } from '../../utils/core/comparison-model';
import { recordVisit } from '../../utils/core/comparison-records';
import { DEFAULT_SETTINGS } from '../../utils/core/settings-defaults';
import { LOCALES, loadMessages, makeTranslate, renderI18n, sampleFacts } from './helpers';

afterEach(cleanup);

const T0 = '2026-11-20T04:00:00.000Z';
const T1 = '2026-11-27T04:00:00.000Z';

function record(id: string, overrides: Parameters<typeof sampleFacts>[0] = {}): PageRecord {
	const first = recordVisit(undefined, sampleFacts({ itemId: id, ...overrides }), T0);
	if (!first) throw new Error('recorded');
	return first;
}

/** A page seen twice, its price lower the second time. */
function revisited(id: string): PageRecord {
	const again = recordVisit(record(id), sampleFacts({ itemId: id, price: { text: '79.00', fen: 7900 } }), T1);
	if (!again) throw new Error('recorded');
	return again;
}

const settings = { ...DEFAULT_SETTINGS, warehouseProvince: '44' };
const costs = createCostCalculator({
	warehouse: '44',
	destination: '11',
	settings,
	contracts: [],
	now: '2026-11-27',
});
const rows = compareRows(
	[
		revisited('1'),
		record('2', { platform: 'jd', shopName: '=HYPERLINK("x")', shipFrom: null, shippingFee: null, price: null }),
		record('3', { shippingFee: { raw: '快递 ¥8.00', fen: 800 } }),
	],
	costs,
);

function props(overrides: Partial<ShopsTabProps> = {}): ShopsTabProps {
	return {
		settings,
		rows,
		recordedCount: rows.length,
		loading: null,
		loadError: null,
		settingsError: null,
		problem: null,
		sort: { column: 'price', direction: 'ascending' },
		filter: { platform: 'all', search: '' },
		highlightKey: null,
		pinned: [],
		pinLimitReached: false,
		importState: { state: 'idle' },
		clearState: 'idle',
		onSettingsChange: vi.fn(),
		onSort: vi.fn(),
		onFilterChange: vi.fn(),
		onPin: vi.fn(),
		onExport: vi.fn(),
		onImport: vi.fn(),
		onClearRequest: vi.fn(),
		onClearConfirm: vi.fn(),
		onClearCancel: vi.fn(),
		...overrides,
	};
}

const rowAttrs = (container: HTMLElement) =>
	[...container.querySelectorAll('[data-cl="compare-row"]')].map((row) =>
		Object.fromEntries([...row.attributes].filter((a) => a.name.startsWith('data-')).map((a) => [a.name, a.value])),
	);

describe('Shops tab', () => {
	it('renders a row per page with every documented hook', () => {
		const { container } = renderI18n(<ShopsTab {...props()} />);
		const [changed, unknown, charged] = rowAttrs(container);
		expect(changed).toMatchObject({
			'data-key': 'taobao:item:1',
			'data-platform': 'taobao',
			'data-page-type': 'item',
			'data-price-fen': '7900',
			'data-prev-price-fen': '8900',
			'data-listed-fee-fen': '0',
			'data-ship-from': '33',
			'data-visits': '2',
		});
		expect(Number(changed?.['data-your-cost-fen'])).toBeGreaterThan(0);
		expect(Number(changed?.['data-their-cost-fen'])).toBeGreaterThan(0);
		expect(unknown).toMatchObject({
			'data-price-fen': '',
			'data-listed-fee-fen': '',
			'data-ship-from': '',
			'data-their-cost-fen': '',
		});
		expect(unknown).not.toHaveProperty('data-prev-price-fen');
		expect(charged).toMatchObject({ 'data-listed-fee-fen': '800' });
		// The change and its date, and the price before it.
		expect(container.textContent).toContain('价格 ¥89.00 → ¥79.00，自 11月27日');
		expect(container.textContent).toContain('（原 ¥89.00）');
		// Gap words.
		expect(container.textContent).toContain('对方包邮，你每单要付');
		expect(container.textContent).toContain('对方收运费 ¥8.00');
	});

	it('your cost is "" without a warehouse, and the page says to choose one', () => {
		const noWarehouse = compareRows(
			rows.map((row) => row.record),
			createCostCalculator({ warehouse: null, destination: '11', settings, contracts: [], now: '2026-11-27' }),
		);
		const { container } = renderI18n(
			<ShopsTab {...props({ rows: noWarehouse, settings: { ...settings, warehouseProvince: null } })} />,
		);
		expect(rowAttrs(container).map((row) => row['data-your-cost-fen'])).toEqual(['', '', '']);
		expect(container.textContent).toContain('选择你的发货仓后');
	});

	it('sort buttons say the column; the sorted header carries aria-sort', () => {
		const onSort = vi.fn();
		const { container } = renderI18n(<ShopsTab {...props({ onSort })} />);
		const price = container.querySelector('[data-cl="compare-sort"][data-column="price"]');
		expect(price?.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
		const sortable = [...container.querySelectorAll('[data-cl="compare-sort"]')].map((b) =>
			b.getAttribute('data-column'),
		);
		expect(sortable).toEqual(
			expect.arrayContaining(['price', 'listed-fee', 'your-cost', 'their-cost', 'ship-from', 'last-seen']),
		);
		expect(container.querySelectorAll('th[aria-sort]')).toHaveLength(1);
		fireEvent.click(container.querySelector('[data-column="their-cost"]') as Element);
		expect(onSort).toHaveBeenCalledWith('their-cost');
	});

	it('filters by platform and text', () => {
		const onFilterChange = vi.fn();
		const { container } = renderI18n(<ShopsTab {...props({ onFilterChange })} />);
		const platform = container.querySelector('select[data-cl="compare-platform"]') as HTMLSelectElement;
		expect([...platform.options].map((o) => o.value)).toEqual(['all', 'taobao', 'tmall', 'jd', 'pdd', '1688']);
		fireEvent.change(platform, { target: { value: 'jd' } });
		expect(onFilterChange).toHaveBeenLastCalledWith({ platform: 'jd', search: '' });
		fireEvent.input(container.querySelector('input[data-cl="compare-search"]') as Element, {
			target: { value: '小甜' },
		});
		expect(onFilterChange).toHaveBeenLastCalledWith({ platform: 'all', search: '小甜' });
	});

	it('pins rows into side-by-side cards with differences marked', () => {
		const onPin = vi.fn();
		const pinned = [rows[0], rows[2]].flatMap((row) => (row ? [row] : []));
		const { container } = renderI18n(<ShopsTab {...props({ pinned, onPin })} />);
		const pressed = [...container.querySelectorAll('[data-cl="compare-pin"]')].map((b) =>
			b.getAttribute('aria-pressed'),
		);
		expect(pressed).toEqual(['true', 'false', 'true']);
		const cards = [...container.querySelectorAll('[data-cl="compare-pinned"] [data-cl="compare-card"]')];
		expect(cards.map((c) => c.getAttribute('data-key'))).toEqual(['taobao:item:1', 'taobao:item:3']);
		// Price and listed shipping differ; the shop name does not.
		const differing = [...(cards[0]?.querySelectorAll('dd[data-differs="true"]') ?? [])].map((dd) => dd.textContent);
		expect(differing).toEqual(expect.arrayContaining(['¥79.00', '包邮']));
		expect(differing).not.toContain('小甜崽sweet');
		fireEvent.click(container.querySelectorAll('[data-cl="compare-pin"]')[1] as Element);
		expect(onPin).toHaveBeenCalledWith('jd:item:2');
	});

	it('highlights the row the panel came from', () => {
		const { container } = renderI18n(<ShopsTab {...props({ highlightKey: 'taobao:item:3' })} />);
		expect(container.querySelector('[aria-current="true"]')?.getAttribute('data-key')).toBe('taobao:item:3');
	});

	it('exports as CSV or JSON, clears only after confirming', () => {
		const onExport = vi.fn();
		const onClearRequest = vi.fn();
		const onClearConfirm = vi.fn();
		const { container, rerender } = renderI18n(<ShopsTab {...props({ onExport, onClearRequest, onClearConfirm })} />);
		fireEvent.click(container.querySelector('[data-cl="compare-export"][data-format="csv"]') as Element);
		fireEvent.click(container.querySelector('[data-cl="compare-export"][data-format="json"]') as Element);
		expect(onExport.mock.calls).toEqual([['csv'], ['json']]);
		expect(container.querySelector('[data-cl="confirm"]')).toBeNull();
		fireEvent.click(container.querySelector('[data-cl="compare-clear"]') as Element);
		expect(onClearRequest).toHaveBeenCalled();
		rerender(<ShopsTab {...props({ onClearConfirm, clearState: 'confirming' })} />);
		expect(screen.getByText('删除全部 3 条记录？此操作无法撤销；如需保留，请先导出 JSON。')).toBeTruthy();
		fireEvent.click(container.querySelector('[data-cl="confirm"]') as Element);
		expect(onClearConfirm).toHaveBeenCalled();
	});

	it('shows an import result with data-ok and data-rows, and problems by row in words', () => {
		const { container, rerender } = renderI18n(
			<ShopsTab
				{...props({ importState: { state: 'done', ok: true, fileName: 'a.json', imported: 3, evicted: 0 } })}
			/>,
		);
		const ok = container.querySelector('[data-cl="compare-import-result"]');
		expect([ok?.getAttribute('data-ok'), ok?.getAttribute('data-rows')]).toEqual(['true', '3']);
		rerender(
			<ShopsTab
				{...props({
					importState: {
						state: 'done',
						ok: false,
						fileName: 'b.json',
						code: null,
						issues: [{ row: 3, field: 'priceFen', kind: 'fen' }],
					},
				})}
			/>,
		);
		const bad = container.querySelector('[data-cl="compare-import-result"]');
		expect([bad?.getAttribute('data-ok'), bad?.getAttribute('data-rows')]).toEqual(['false', '0']);
		expect(bad?.textContent).toContain('第 3 行，priceFen：应为整数（分）');
	});

	it('says what went wrong when a visit could not be recorded, and what to do', () => {
		const { container } = renderI18n(
			<ShopsTab {...props({ problem: { at: T1, code: 'quota', detail: 'QuotaExceededError' } })} />,
		);
		expect(container.querySelector('[role="alert"]')?.textContent).toContain('浏览器的存储空间已满');
	});

	it('the record-visits checkbox shows and writes the setting', () => {
		const onSettingsChange = vi.fn();
		const { container } = renderI18n(<ShopsTab {...props({ onSettingsChange })} />);
		const box = container.querySelector('input[type=checkbox][data-cl="record-visits"]') as HTMLInputElement;
		expect(box.checked).toBe(true);
		fireEvent.click(box);
		expect(onSettingsChange).toHaveBeenCalledWith({ recordVisits: false });
		expect(container.querySelector('select[data-cl="destination"]')).not.toBeNull();
		expect(container.querySelector('input[data-cl="weight-kg"]')).not.toBeNull();
	});

	it('renders only the rows near the screen when there are thousands', () => {
		const many = compareRows(
			Array.from({ length: 5_000 }, (_, i) => record(String(1000 + i))),
			costs,
		);
		const { container } = renderI18n(<ShopsTab {...props({ rows: many, recordedCount: many.length })} />);
		const rendered = container.querySelectorAll('[data-cl="compare-row"]').length;
		expect(rendered).toBeGreaterThan(10);
		expect(rendered).toBeLessThan(200);
		expect(container.querySelector('table')?.getAttribute('aria-rowcount')).toBe('5001');
	});

	it('has no serious accessibility violation (axe, structure)', async () => {
		const { container } = renderI18n(
			<ShopsTab
				{...props({
					pinned: rows.slice(0, 2),
					clearState: 'confirming',
					importState: {
						state: 'done',
						ok: false,
						fileName: 'b.json',
						code: null,
						issues: [{ row: null, field: 'file', kind: 'not_json' }],
					},
				})}
			/>,
		);
		const result = await axe.run(container, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
			rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } },
		});
		expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
			[],
		);
	});
});

describe('comparison words', () => {
	it('exist in every language for every import problem and column', () => {
		const kinds = [
			'too_large',
			'encoding',
			'not_json',
			'not_comparison',
			'version',
			'too_many_rows',
			'duplicate_key',
			'key',
			'platform',
			'page_type',
			'fen',
			'province',
			'time',
			'text',
			'value',
		];
		const columns = [
			'pin',
			'shop',
			'platform',
			'page_type',
			'title',
			'price',
			'listed_fee',
			'your_cost',
			'their_cost',
			'gap',
			'ship_from',
			'delivery',
			'carrier',
			'weight',
			'payments',
			'change',
			'first_seen',
			'last_seen',
			'visits',
		];
		for (const locale of LOCALES) {
			const t = makeTranslate(loadMessages(locale));
			const missing = [
				...kinds.map((k) => `compare_import_issue_${k}`),
				...columns.map((c) => `compare_col_${c}`),
				'error_import_interrupted',
			].filter((key) => t(key) === '');
			expect(missing, locale).toEqual([]);
		}
	});
});
