// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsView, type OptionsViewProps } from '../../components/options/options-view';
import { createQuickContract } from '../../utils/core/contract-validation';
import { NOW, renderI18n } from './helpers';

afterEach(cleanup);

function props(overrides: Partial<OptionsViewProps> = {}): OptionsViewProps {
	return {
		contracts: [createQuickContract({ id: 'quick-zto', carrier: 'zto', firstFen: 200, extraFen: 100, updatedAt: NOW })],
		storageError: null,
		saveError: null,
		onSaveContract: vi.fn(),
		onDeleteContract: vi.fn(),
		importResult: null,
		importing: false,
		onImport: vi.fn(),
		onExport: vi.fn(),
		figures: [
			{
				group: '中通',
				label: '首重 全国',
				value: '¥3.50',
				provenance: { sourceIds: ['S12'], date: '2025-03', status: 'sourced', note: '' },
			},
			{
				group: '顺丰',
				label: '抛比',
				value: '6000',
				provenance: { sourceIds: [], date: '2026-01', status: 'estimate', note: 'no source' },
			},
		],
		sources: [{ id: 'S12', title: 'ZTO annual report', date: '2025-03', url: 'https://example.com/s12' }],
		createId: () => 'c-new',
		now: () => NOW,
		...overrides,
	};
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (element: HTMLInputElement, value: string) => fireEvent.input(element, { target: { value } });

describe('OptionsView', () => {
	it('has the import hook in the DOM on load and reads a chosen file', async () => {
		const p = props();
		const { container } = renderI18n(<OptionsView {...p} />);
		const file = container.querySelector<HTMLInputElement>('input[type=file][data-cl="import"]');
		expect(file?.accept).toContain('.json');
		expect(file?.accept).toContain('.csv');
		const chosen = new File(['[]'], 'contracts.json', { type: 'application/json' });
		Object.defineProperty(file, 'files', { value: [chosen], configurable: true });
		fireEvent.change(file as HTMLInputElement);
		await waitFor(() => expect(p.onImport).toHaveBeenCalledWith({ fileName: 'contracts.json', text: '[]' }));
	});

	it('lists every import problem on rejection and the count on success', () => {
		const rejected = props({
			initialTab: 'import',
			importResult: {
				ok: false,
				fileName: 'bad.csv',
				code: 'invalid_import',
				issues: [
					{ path: 'row 3, column first_kg_yuan', message: 'must be a yuan amount' },
					{ path: 'row 5, column carrier', message: 'unknown carrier' },
				],
			},
		});
		const { container, rerender } = renderI18n(<OptionsView {...rejected} />);
		let result = container.querySelector<HTMLElement>('[data-cl="import-result"]');
		expect(result?.dataset.ok).toBe('false');
		expect(result?.textContent).toContain('row 3, column first_kg_yuan');
		expect(result?.textContent).toContain('row 5, column carrier');
		expect(result?.textContent).toContain('未导入');
		expect(result?.querySelectorAll('li').length).toBe(2);

		rerender(
			<OptionsView {...props({ initialTab: 'import', importResult: { ok: true, fileName: 'a.json', imported: 4 } })} />,
		);
		result = container.querySelector<HTMLElement>('[data-cl="import-result"]');
		expect(result?.dataset.ok).toBe('true');
		expect(result?.textContent).toContain('4');
		const links = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
		expect(links).toContain('examples/contracts.example.json');
		expect(links).toContain('examples/contracts.example.csv');
	});

	it('calls back for JSON and CSV export', () => {
		const p = props({ initialTab: 'import' });
		renderI18n(<OptionsView {...p} />);
		fireEvent.click(screen.getByRole('button', { name: '导出 JSON' }));
		fireEvent.click(screen.getByRole('button', { name: '导出 CSV' }));
		expect(p.onExport).toHaveBeenNthCalledWith(1, 'json');
		expect(p.onExport).toHaveBeenNthCalledWith(2, 'csv');
	});

	it('shows field errors for unsorted bands and a bad price, and does not save', () => {
		const p = props();
		const { container } = renderI18n(<OptionsView {...p} />);
		fireEvent.click(screen.getByRole('button', { name: '新建合同' }));
		fireEvent.click(screen.getByRole('button', { name: '添加重量档' }));
		fireEvent.click(screen.getByRole('button', { name: '添加重量档' }));
		type(input('第 1 档最高重量 (kg)'), '2');
		type(input('第 1 档价格 (元)'), '3.50');
		type(input('第 2 档最高重量 (kg)'), '1');
		type(input('第 2 档价格 (元)'), '4');
		type(input('首重价格 (元)'), 'abc');
		type(input('续重价格 (元/档)'), '1');
		fireEvent.click(screen.getByRole('button', { name: '保存' }));
		expect(p.onSaveContract).not.toHaveBeenCalled();
		const bandError = container.querySelector('[data-path="rates.bands[1].maxGrams"]');
		expect(bandError?.textContent).toContain('sorted');
		expect(input('第 2 档最高重量 (kg)').getAttribute('aria-invalid')).toBe('true');
		expect(container.querySelector('[data-path="rates.firstFen"]')?.textContent).toContain('请输入金额');
	});

	it('saves a valid contract in fen and grams', () => {
		const p = props();
		renderI18n(<OptionsView {...p} />);
		fireEvent.click(screen.getByRole('button', { name: '新建合同' }));
		type(input('合同名称'), '义乌中通 2026');
		fireEvent.click(screen.getByRole('button', { name: '添加重量档' }));
		type(input('第 1 档最高重量 (kg)'), '0.5');
		type(input('第 1 档价格 (元)'), '1.80');
		type(input('首重价格 (元)'), '2.2');
		type(input('续重价格 (元/档)'), '1');
		fireEvent.click(screen.getByLabelText('浙江省'));
		type(input('新疆、西藏附加费 (元/件)'), '10');
		fireEvent.click(screen.getByRole('button', { name: '保存' }));
		expect(p.onSaveContract).toHaveBeenCalledTimes(1);
		const saved = vi.mocked(p.onSaveContract).mock.calls[0]?.[0];
		expect(saved).toMatchObject({
			id: 'c-new',
			carrier: 'zto',
			name: '义乌中通 2026',
			originProvinces: ['33'],
			rates: { bands: [{ maxGrams: 500, priceFen: 180 }], firstGrams: 1000, firstFen: 220, extraFen: 100 },
			remoteSurcharge: { remote1Fen: 0, remote2Fen: 1000 },
			updatedAt: NOW,
		});
	});

	it('shows a server-side save error beside the field', () => {
		const p = props();
		const { container, rerender } = renderI18n(<OptionsView {...p} />);
		fireEvent.click(screen.getByRole('button', { name: '编辑 中通快递' }));
		fireEvent.click(screen.getByRole('button', { name: '保存' }));
		expect(p.onSaveContract).toHaveBeenCalledTimes(1);
		rerender(
			<OptionsView
				{...p}
				saveError={{ code: 'invalid_contract', issues: [{ path: 'validTo', message: 'must not be before validFrom' }] }}
			/>,
		);
		expect(container.querySelector('[data-path="validTo"]')?.textContent).toContain('validFrom');
		expect(container.textContent).toContain('合同有误');
	});

	it('lists contracts and deletes only after confirmation', () => {
		const p = props();
		renderI18n(<OptionsView {...p} />);
		fireEvent.click(screen.getByRole('button', { name: '删除 中通快递' }));
		expect(p.onDeleteContract).not.toHaveBeenCalled();
		fireEvent.click(screen.getByRole('button', { name: '确认删除 中通快递' }));
		expect(p.onDeleteContract).toHaveBeenCalledWith('quick-zto');
	});

	it('has keyboard tabs and shows data sources with status labels', () => {
		renderI18n(<OptionsView {...props()} />);
		const tabs = screen.getAllByRole('tab');
		expect(tabs.map((tab) => tab.textContent)).toEqual(['合同', '导入/导出', '数据来源', '关于/隐私']);
		fireEvent.keyDown(tabs[0] as HTMLElement, { key: 'ArrowRight' });
		expect(tabs[1]?.getAttribute('aria-selected')).toBe('true');
		fireEvent.keyDown(tabs[1] as HTMLElement, { key: 'ArrowRight' });
		const panel = document.getElementById('panel-sources');
		expect(panel?.hidden).toBe(false);
		expect(panel?.textContent).toContain('来源');
		expect(panel?.textContent).toContain('估算');
		expect(panel?.textContent).toContain('ZTO annual report');
	});
});
