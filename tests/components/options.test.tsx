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
		health: [],
		onOpenCompare: vi.fn(),
		onSaveContract: vi.fn(),
		onDeleteContract: vi.fn(),
		importResult: null,
		importProgress: null,
		onImport: vi.fn(),
		onExport: vi.fn(),
		figures: [
			{
				group: '中通',
				label: '首重 全国',
				value: '¥3.50',
				note: '中通年报',
				provenance: {
					sourceIds: ['S12'],
					date: '2025-03',
					status: 'sourced',
					note: { zh: '中通年报', en: 'ZTO annual report', vi: 'Báo cáo năm ZTO' },
					optimistic: false,
				},
				weakSourcesOnly: false,
			},
			{
				group: '顺丰',
				label: '抛比',
				value: '6000',
				note: '没有来源',
				provenance: {
					sourceIds: ['S38'],
					date: '2026-01',
					status: 'estimate',
					note: { zh: '没有来源', en: 'no source', vi: 'không có nguồn' },
					optimistic: true,
				},
				weakSourcesOnly: true,
			},
		],
		sources: [
			{
				id: 'S12',
				title: '中邮证券：中通2024年度点评',
				publisher: '中邮证券',
				date: '2025-03',
				url: 'https://example.com/a-very-long-path/that-goes-on-and-on?page=2',
				kind: 'broker_research',
				weak: null,
			},
			{
				id: 'S38',
				title: '寄件聚合平台接口',
				publisher: 'GitHub公开代码（仓库未记录）',
				date: null,
				url: null,
				kind: 'code',
				weak: 'anonymous_code',
			},
		],
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
		// The file itself goes to the container, which checks its size before reading it.
		await waitFor(() => expect(p.onImport).toHaveBeenCalledWith(chosen));
	});

	it('lists every import problem in Chinese, with the row, the field’s own label and what to type, under one heading', () => {
		const rejected = props({
			initialTab: 'import',
			importResult: {
				ok: false,
				fileName: 'bad.csv',
				error: {
					code: 'invalid_import',
					issues: [
						{ path: 'firstFen', code: 'yuan_invalid', params: { value: '1.8x' }, at: { row: 3, column: 'first_yuan' } },
						{ path: 'carrier', code: 'carrier_unknown', params: { value: 'DHL' }, at: { row: 5, column: 'carrier' } },
					],
				},
			},
		});
		const { container, rerender } = renderI18n(<OptionsView {...rejected} />);
		let result = container.querySelector<HTMLElement>('[data-cl="import-result"]');
		expect(result?.dataset.ok).toBe('false');
		const items = [...(result?.querySelectorAll('li') ?? [])].map((item) => item.textContent);
		expect(items).toEqual([
			'第3行「首重价格」（first_yuan列）：「1.8x」不是金额：请填写元，最多两位小数，如2.20（可以带¥或“元”）。',
			expect.stringMatching(/^第5行「快递公司」（carrier列）：「DHL」不是可识别的快递公司：请填写中通/),
		]);
		const heading = result?.querySelector('p')?.textContent ?? '';
		expect(heading).toBe('bad.csv未导入，数据没有任何改动。请改正下面2处后重新导入：');
		// Said once: the heading does not repeat itself with the generic "文件有误，未导入任何内容".
		expect(result?.textContent).not.toContain('文件有误');
		expect(result?.textContent).not.toMatch(/row \d|column|must be|not a number/);

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

	it('words a too-large file with its limit, and an interrupted import, in Chinese', () => {
		const tooLarge = props({
			initialTab: 'import',
			importResult: {
				ok: false,
				fileName: 'big.json',
				error: {
					code: 'invalid_import',
					issues: [{ path: '', code: 'file_too_large', params: { sizeBytes: 52_428_800, maxBytes: 26_214_400 } }],
				},
			},
		});
		const { container, rerender } = renderI18n(<OptionsView {...tooLarge} />);
		expect(container.querySelector('[data-cl="import-result"] li')?.textContent).toBe(
			'文件太大（50 MB），上限是25 MB：请把合同分成几个文件，分别导入。',
		);
		rerender(
			<OptionsView
				{...props({
					initialTab: 'import',
					importResult: { ok: false, fileName: 'a.json', error: { code: 'import_interrupted' } },
				})}
			/>,
		);
		expect(container.querySelector('[data-cl="import-result"]')?.textContent).toBe(
			'a.json未导入，数据没有任何改动：导入中途中断了（扩展在后台重新启动），数据没有任何改动：请重新选择文件导入。',
		);
	});

	it('says “请另存为 CSV UTF-8” for a file in an unknown encoding', () => {
		const { container } = renderI18n(
			<OptionsView
				{...props({
					initialTab: 'import',
					importResult: {
						ok: false,
						fileName: 'a.csv',
						error: { code: 'invalid_import', issues: [{ path: '', code: 'file_encoding', params: {} }] },
					},
				})}
			/>,
		);
		expect(container.querySelector('[data-cl="import-result"] li')?.textContent).toContain('CSV UTF-8');
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
		fireEvent.click(screen.getByRole('button', { name: '全国：首重重量、续重步长和重量档' }));
		fireEvent.click(screen.getByRole('button', { name: '给 全国 添加重量档' }));
		fireEvent.click(screen.getByRole('button', { name: '给 全国 添加重量档' }));
		type(input('全国 第 1 档最高重量（kg）'), '2');
		type(input('全国 第 1 档价格（元）'), '3.50');
		type(input('全国 第 2 档最高重量（kg）'), '1');
		type(input('全国 第 2 档价格（元）'), '4');
		type(input('全国 首重价格（元）'), 'abc');
		type(input('全国 续重价格（元/档）'), '1');
		fireEvent.click(screen.getByRole('button', { name: '保存' }));
		expect(p.onSaveContract).not.toHaveBeenCalled();
		const bandError = container.querySelector('span[data-path="rates.bands[1].maxGrams"]');
		expect(bandError?.textContent).toBe('重量档要按重量从小到大排列，且不能重复：请调整顺序。');
		expect(input('全国 第 2 档最高重量（kg）').getAttribute('aria-invalid')).toBe('true');
		expect(container.querySelector('span[data-path="rates.firstFen"]')?.textContent).toContain('「abc」不是金额');
		// The summary names fields as the merchant sees them, never by internal path (`rates.firstFen:`).
		const summary = container.querySelector('.pg-editor [role="alert"]')?.textContent ?? '';
		expect(summary).toContain('「基础价格·首重价格」：「abc」不是金额');
		expect(summary).toContain('「基础价格·第2档·最高重量」');
		expect(summary).not.toMatch(/rates\.|firstFen|maxGrams/);
	});

	it('rejects a first weight in grams typed as kg with the kg/g hint', () => {
		const p = props();
		const { container } = renderI18n(<OptionsView {...p} />);
		fireEvent.click(screen.getByRole('button', { name: '新建合同' }));
		fireEvent.click(screen.getByRole('button', { name: '全国：首重重量、续重步长和重量档' }));
		type(input('全国 首重（kg）'), '1000');
		type(input('全国 首重价格（元）'), '2');
		type(input('全国 续重价格（元/档）'), '1');
		fireEvent.click(screen.getByRole('button', { name: '保存' }));
		expect(p.onSaveContract).not.toHaveBeenCalled();
		expect(container.querySelector('span[data-path="rates.firstGrams"]')?.textContent).toBe(
			'1000 kg不像真实的首重、续重步长或重量档（应在0.1 kg到100 kg之间）：是不是把kg和g弄反了？CSV和编辑器里填kg，JSON里填克。',
		);
	});

	it('saves a valid contract in fen and grams', () => {
		const p = props();
		renderI18n(<OptionsView {...p} />);
		fireEvent.click(screen.getByRole('button', { name: '新建合同' }));
		type(input('合同名称'), '义乌中通 2026');
		fireEvent.click(screen.getByRole('button', { name: '全国：首重重量、续重步长和重量档' }));
		fireEvent.click(screen.getByRole('button', { name: '给 全国 添加重量档' }));
		type(input('全国 第 1 档最高重量（kg）'), '0.5');
		type(input('全国 第 1 档价格（元）'), '1.80');
		type(input('全国 首重价格（元）'), '2.2');
		type(input('全国 续重价格（元/档）'), '1');
		fireEvent.click(screen.getByRole('option', { name: '浙江省' }));
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
		fireEvent.click(screen.getByRole('button', { name: '编辑 中通快递·快速合同' }));
		fireEvent.click(screen.getByRole('button', { name: '保存' }));
		expect(p.onSaveContract).toHaveBeenCalledTimes(1);
		rerender(
			<OptionsView
				{...p}
				saveError={{
					code: 'invalid_contract',
					detail: 'the contract has invalid fields',
					issues: [
						{
							path: 'validTo',
							code: 'date_order',
							params: { validFrom: '2026-03-01', validTo: '2026-01-01' },
						},
					],
				}}
			/>,
		);
		expect(container.querySelector('span[data-path="validTo"]')?.textContent).toBe(
			'截止日期2026-01-01早于生效日期2026-03-01：请修改其中一个。',
		);
		expect(container.textContent).toContain('合同有误');
		expect(container.textContent).not.toContain('the contract has invalid fields');
	});

	it('lists contracts and deletes only after confirmation', () => {
		const p = props();
		renderI18n(<OptionsView {...p} />);
		fireEvent.click(screen.getByRole('button', { name: '删除 中通快递·快速合同' }));
		expect(p.onDeleteContract).not.toHaveBeenCalled();
		fireEvent.click(screen.getByRole('button', { name: '确认删除 中通快递·快速合同' }));
		expect(p.onDeleteContract).toHaveBeenCalledWith('quick-zto');
	});

	it('names a quick contract “中通快递·快速合同” instead of showing quick-zto, and shows validity', () => {
		const { container } = renderI18n(<OptionsView {...props()} />);
		const row = container.querySelector('[data-cl="contract-row"][data-id="quick-zto"]');
		expect(row?.textContent).toContain('中通快递·快速合同');
		expect(row?.textContent).not.toContain('quick-zto');
		expect(row?.textContent).toContain('长期有效');
	});

	it('has keyboard tabs and shows data sources with status labels', () => {
		renderI18n(<OptionsView {...props()} />);
		const tabs = screen.getAllByRole('tab');
		expect(tabs.map((tab) => tab.textContent)).toEqual(['合同', '导入/导出', '数据来源', '识别情况', '关于/隐私']);
		fireEvent.keyDown(tabs[0] as HTMLElement, { key: 'ArrowRight' });
		expect(tabs[1]?.getAttribute('aria-selected')).toBe('true');
		fireEvent.keyDown(tabs[1] as HTMLElement, { key: 'ArrowRight' });
		const panel = document.getElementById('panel-sources');
		expect(panel?.hidden).toBe(false);
		expect(panel?.textContent).toContain('来源');
		expect(panel?.textContent).toContain('估算');
		expect(panel?.textContent).toContain('中通年报');
		expect(panel?.textContent).not.toContain('ZTO annual report');
	});

	it('shows each source as a link (or plain text without one), with an anchor, and flags weak and optimistic figures', () => {
		const { container } = renderI18n(<OptionsView {...props({ initialTab: 'sources' })} />);
		const panel = container.querySelector('#panel-sources') as HTMLElement;
		for (const href of [...panel.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '')) {
			expect(href).toMatch(/^(https?:\/\/\S+|#sources\/[A-Z]\d+)$/);
		}
		// A source code in the table jumps to that source's row; the row has the id the address names.
		expect(panel.querySelector('a[href="#sources/S12"]')?.textContent).toBe('S12');
		const s12 = panel.querySelector('li[id="sources/S12"]');
		expect(s12?.querySelector('a')?.getAttribute('href')).toBe(
			'https://example.com/a-very-long-path/that-goes-on-and-on?page=2',
		);
		expect(s12?.textContent).toContain('中邮证券');
		const s38 = panel.querySelector('li[id="sources/S38"]');
		expect(s38?.querySelector('a')).toBeNull();
		expect(s38?.textContent).toContain('未记录链接');
		expect(s38?.textContent).toContain('弱来源：匿名代码，仓库未记录');
		expect(s38?.textContent).toContain('无日期');
		const sfRow = [...panel.querySelectorAll('tbody tr')].find((tr) => tr.textContent?.includes('抛比'));
		expect(sfRow?.textContent).toContain('偏乐观');
		expect(sfRow?.textContent).toContain('仅弱来源');
	});

	it('opens the data-sources tab at a source named in the address (#sources/S38)', () => {
		const { container } = renderI18n(<OptionsView {...props({ initialTab: 'sources', focusSource: 'S38' })} />);
		expect(container.querySelector('#panel-sources')?.hasAttribute('hidden')).toBe(false);
		expect(document.activeElement?.id).toBe('sources/S38');
	});
});
