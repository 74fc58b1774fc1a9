// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsView, type OptionsViewProps } from '../../components/options/options-view';
import { createQuickContract } from '../../utils/core/contract-validation';
import { NOW, renderI18n } from './helpers';

afterEach(cleanup);

function props(overrides: Partial<OptionsViewProps> = {}): OptionsViewProps {
	return {
		contracts: [],
		health: [],
		onOpenCompare: vi.fn(),
		storageError: null,
		saveError: null,
		onSaveContract: vi.fn(),
		onDeleteContract: vi.fn(),
		importResult: null,
		importProgress: null,
		onImport: vi.fn(),
		onExport: vi.fn(),
		figures: [],
		sources: [],
		createId: () => 'c-new',
		now: () => NOW,
		...overrides,
	};
}

const REMOTE = ['15', '46', '54', '62', '63', '64', '65'];

/** Counts what the merchant does: clicks and key commands (Tab, Enter, arrows), and the values typed. */
function counted(user: ReturnType<typeof userEvent.setup>) {
	const count = { clicks: 0, keys: 0, tabs: 0, typed: 0 };
	return {
		count,
		click: async (element: Element) => {
			count.clicks += 1;
			await user.click(element);
		},
		tab: async (shift = false) => {
			count.tabs += 1;
			await user.tab({ shift });
		},
		key: async (key: string) => {
			count.keys += 1;
			await user.keyboard(key);
		},
		/** Types into the focused field. */
		type: async (text: string) => {
			count.typed += 1;
			await user.keyboard(text);
		},
	};
}

/** The focused element's accessible name (its aria-label, its label's text, or its own text). */
const focusedName = () => {
	const focused = document.activeElement as HTMLElement | null;
	const label = focused?.id ? document.querySelector(`label[for="${focused.id}"]`)?.textContent : undefined;
	return focused?.getAttribute('aria-label') ?? label ?? focused?.textContent;
};

describe('contract editor: presets', () => {
	it('builds “江浙沪 ¥2.5, remote ¥8, elsewhere ¥3.5 (+¥1 per extra kg)” by mouse in 5 clicks, no Tab', async () => {
		const p = props();
		renderI18n(<OptionsView {...p} />);
		const act = counted(userEvent.setup());
		await act.click(screen.getByRole('button', { name: '新建合同' }));
		// The editor opens on the nationwide first price: typing goes there at once.
		expect(document.activeElement).toBe(screen.getByLabelText('全国 首重价格（元）'));
		await act.type('3.5');
		await act.click(screen.getByLabelText('全国 续重价格（元/档）'));
		await act.type('1');
		await act.click(screen.getByRole('button', { name: '江浙沪' }));
		expect(document.activeElement).toBe(screen.getByLabelText('江浙沪 首重价格（元）'));
		await act.type('2.5');
		await act.click(screen.getByRole('button', { name: '偏远' }));
		expect(document.activeElement).toBe(screen.getByLabelText('偏远 首重价格（元）'));
		await act.type('8');
		await act.click(screen.getByRole('button', { name: '保存' }));
		expect(act.count).toEqual({ clicks: 5, keys: 0, tabs: 0, typed: 4 });
		expect(act.count.clicks + act.count.keys + act.count.tabs).toBeLessThanOrEqual(6);
		expect(p.onSaveContract).toHaveBeenCalledTimes(1);
		const [saved, edit] = vi.mocked(p.onSaveContract).mock.calls[0] ?? [];
		expect(edit).toEqual({ baseVersion: null, overwrite: false });
		const card = (firstFen: number) => ({ bands: [], firstGrams: 1000, firstFen, extraFen: 100, extraStepGrams: 1000 });
		expect(saved?.rates).toEqual(card(350));
		expect(saved?.zoneRates).toEqual({});
		expect(Object.keys(saved?.provinceRates ?? {}).sort()).toEqual(['31', '32', '33', ...REMOTE].sort());
		for (const code of ['31', '32', '33']) expect(saved?.provinceRates[code]).toEqual(card(250));
		for (const code of REMOTE) expect(saved?.provinceRates[code]).toEqual(card(800));
	});

	it('builds the same contract by keyboard alone: Enter, Tabs, the toolbar’s arrow keys, Enter to save', async () => {
		const p = props();
		renderI18n(<OptionsView {...p} />);
		const act = counted(userEvent.setup());
		screen.getByRole('button', { name: '新建合同' }).focus();
		await act.key('{Enter}');
		await act.type('3.5');
		await act.tab();
		await act.type('1');
		await act.tab(); // the 全国 details disclosure
		await act.tab(); // the presets toolbar: one stop
		expect(focusedName()).toBe('江浙沪');
		await act.key('{Enter}');
		expect(focusedName()).toBe('江浙沪 首重价格（元）');
		await act.type('2.5');
		await act.tab(true); // back to the toolbar
		await act.key('{End}');
		expect(document.activeElement?.textContent).toBe('偏远');
		await act.key('{Enter}');
		expect(focusedName()).toBe('偏远 首重价格（元）');
		await act.type('8');
		await act.key('{Enter}'); // submits the form
		expect(p.onSaveContract).toHaveBeenCalledTimes(1);
		expect(act.count).toEqual({ clicks: 0, keys: 5, tabs: 4, typed: 4 });
	});

	it('同省 and 邻近 add zone prices that say which provinces they hold; 全国 goes to the base price; no duplicates', async () => {
		renderI18n(<OptionsView {...props()} />);
		const user = userEvent.setup();
		await user.click(screen.getByRole('button', { name: '新建合同' }));
		await user.click(screen.getByRole('option', { name: '浙江省' }));
		await user.click(screen.getByRole('button', { name: '邻近' }));
		const near = screen.getByRole('region', { name: '邻近区域' });
		expect(near.textContent).toContain('包含：上海市、江苏省、安徽省');
		await user.click(screen.getByRole('button', { name: '同省' }));
		expect(screen.getByRole('region', { name: '省内' }).textContent).toContain('包含：浙江省');
		await user.click(screen.getByRole('button', { name: '邻近' }));
		expect(screen.getAllByRole('region', { name: '邻近区域' })).toHaveLength(1);
		expect(focusedName()).toBe('邻近区域 首重价格（元）');
		await user.click(screen.getByRole('button', { name: '全国' }));
		expect(focusedName()).toBe('全国 首重价格（元）');
	});

	it('names every input uniquely and shows no empty table header', async () => {
		const { container } = renderI18n(<OptionsView {...props()} />);
		const user = userEvent.setup();
		await user.click(screen.getByRole('button', { name: '新建合同' }));
		for (const preset of ['江浙沪', '同省', '邻近', '偏远'])
			await user.click(screen.getByRole('button', { name: preset }));
		await user.click(screen.getByRole('button', { name: '自选省份' }));
		const names = [...container.querySelectorAll('.pg-editor input, .pg-editor select')].map(
			(element) =>
				element.getAttribute('aria-label') ?? container.querySelector(`label[for="${element.id}"]`)?.textContent,
		);
		expect(names.every(Boolean)).toBe(true);
		expect(new Set(names).size).toBe(names.length);
		expect(names).toContain('偏远 首重价格（元）');
		expect(container.querySelectorAll('.pg-editor table')).toHaveLength(0);
		// No select that adds an override (and so no surprising last option preselected).
		expect(container.querySelectorAll('.pg-editor select')).toHaveLength(1);
	});

	it('a blank override field follows the nationwide card, and an empty province group is refused', async () => {
		const p = props();
		renderI18n(<OptionsView {...p} />);
		const user = userEvent.setup();
		await user.click(screen.getByRole('button', { name: '新建合同' }));
		await user.keyboard('3.5');
		await user.type(screen.getByLabelText('全国 续重价格（元/档）'), '1');
		await user.click(screen.getByRole('button', { name: '自选省份' }));
		// Focus goes to the province list: one Tab stop, arrows and Space.
		expect(document.activeElement?.getAttribute('role')).toBe('listbox');
		await user.click(screen.getByRole('button', { name: '保存' }));
		expect(p.onSaveContract).not.toHaveBeenCalled();
		const picker = screen.getByRole('listbox', { name: '自选省份 1 的省份' });
		picker.focus();
		await user.keyboard('{End}{ArrowUp} ');
		expect(within(picker).getByRole('option', { name: '宁夏回族自治区' }).getAttribute('aria-selected')).toBe('true');
		await user.keyboard('{Shift>} {/Shift}');
		// Shift+Space ticked the whole 西北 region.
		for (const name of ['陕西省', '甘肃省', '青海省', '宁夏回族自治区', '新疆维吾尔自治区'])
			expect(within(picker).getByRole('option', { name }).getAttribute('aria-selected')).toBe('true');
		await user.type(
			screen.getByLabelText('陕西省、甘肃省、青海省、宁夏回族自治区、新疆维吾尔自治区 首重价格（元）'),
			'9',
		);
		await user.click(screen.getByRole('button', { name: '保存' }));
		const saved = vi.mocked(p.onSaveContract).mock.calls[0]?.[0];
		expect(saved?.provinceRates['61']).toEqual({
			bands: [],
			firstGrams: 1000,
			firstFen: 900,
			extraFen: 100,
			extraStepGrams: 1000,
		});
	});

	it('groups provinces that share a card back into one override when a contract is opened again', async () => {
		const contract = {
			...createQuickContract({ id: 'quick-zto', carrier: 'zto', firstFen: 350, extraFen: 100, updatedAt: NOW }),
			provinceRates: Object.fromEntries(
				['31', '32', '33'].map((code) => [
					code,
					{ bands: [], firstGrams: 1000, firstFen: 250, extraFen: 100, extraStepGrams: 1000 },
				]),
			),
		};
		renderI18n(<OptionsView {...props({ contracts: [contract] })} />);
		const user = userEvent.setup();
		await user.click(screen.getByRole('button', { name: '编辑 中通快递·快速合同' }));
		expect(screen.getAllByRole('region', { name: '江浙沪' })).toHaveLength(1);
		expect((screen.getByLabelText('江浙沪 首重价格（元）') as HTMLInputElement).value).toBe('2.50');
	});
});

describe('contract editor: focus', () => {
	it('puts the first price 2 Tabs after 快递公司 (43 before the redesign)', async () => {
		renderI18n(<OptionsView {...props()} />);
		const user = userEvent.setup();
		await user.click(screen.getByRole('button', { name: '新建合同' }));
		screen.getByLabelText('快递公司').focus();
		await user.tab();
		await user.tab();
		expect(document.activeElement).toBe(screen.getByLabelText('全国 首重价格（元）'));
	});

	it('moves focus into the editor when it opens and back to what opened it when it closes', async () => {
		const contract = createQuickContract({
			id: 'quick-zto',
			carrier: 'zto',
			firstFen: 200,
			extraFen: 100,
			updatedAt: NOW,
		});
		const { rerender } = renderI18n(<OptionsView {...props({ contracts: [contract] })} />);
		const user = userEvent.setup();
		await user.click(screen.getByRole('button', { name: '新建合同' }));
		expect(document.activeElement).not.toBe(document.body);
		await user.click(screen.getByRole('button', { name: '取消' }));
		expect(document.activeElement).toBe(screen.getByRole('button', { name: '新建合同' }));
		await user.click(screen.getByRole('button', { name: '编辑 中通快递·快速合同' }));
		expect(document.activeElement).toBe(screen.getByLabelText('全国 首重价格（元）'));
		await user.click(screen.getByRole('button', { name: '保存' }));
		// The save succeeded: the container hands back a new list and the editor closes onto the row's edit button.
		rerender(<OptionsView {...props({ contracts: [{ ...contract, updatedAt: '2026-11-28T00:00:00.000Z' }] })} />);
		expect(document.activeElement).toBe(screen.getByRole('button', { name: '编辑 中通快递·快速合同' }));
	});
});

describe('contract editor: versioned saves', () => {
	it('a conflict offers reload or keep mine; keep mine saves with overwrite, reload opens the stored version', async () => {
		const contract = createQuickContract({
			id: 'quick-zto',
			carrier: 'zto',
			firstFen: 200,
			extraFen: 100,
			updatedAt: NOW,
		});
		const p = props({ contracts: [contract] });
		const { rerender } = renderI18n(<OptionsView {...p} />);
		const user = userEvent.setup();
		await user.click(screen.getByRole('button', { name: '编辑 中通快递·快速合同' }));
		await user.clear(screen.getByLabelText('全国 首重价格（元）'));
		await user.keyboard('2.6');
		await user.click(screen.getByRole('button', { name: '保存' }));
		expect(vi.mocked(p.onSaveContract).mock.calls[0]?.[1]).toEqual({ baseVersion: NOW, overwrite: false });
		const newer = { ...contract, rates: { ...contract.rates, firstFen: 300 }, updatedAt: '2026-11-28T00:00:00.000Z' };
		const conflict = { code: 'version_conflict' as const, detail: 'changed elsewhere' };
		rerender(<OptionsView {...p} contracts={[newer]} saveError={conflict} />);
		expect(screen.getByRole('alert').textContent).toContain('已在别处');
		await user.click(screen.getByRole('button', { name: '保留我的修改（覆盖别处的修改）' }));
		expect(vi.mocked(p.onSaveContract).mock.calls[1]?.[1]).toEqual({ baseVersion: NOW, overwrite: true });
		expect(vi.mocked(p.onSaveContract).mock.calls[1]?.[0].rates.firstFen).toBe(260);
		await user.click(screen.getByRole('button', { name: '重新载入（放弃我的修改）' }));
		expect((screen.getByLabelText('全国 首重价格（元）') as HTMLInputElement).value).toBe('3.00');
	});

	it('says so when the contract being edited changed elsewhere', async () => {
		const contract = createQuickContract({
			id: 'quick-zto',
			carrier: 'zto',
			firstFen: 200,
			extraFen: 100,
			updatedAt: NOW,
		});
		const { rerender } = renderI18n(<OptionsView {...props({ contracts: [contract] })} />);
		await userEvent.setup().click(screen.getByRole('button', { name: '编辑 中通快递·快速合同' }));
		rerender(<OptionsView {...props({ contracts: [{ ...contract, updatedAt: '2026-11-28T00:00:00.000Z' }] })} />);
		expect(screen.getByRole('status').textContent).toContain('刚在别处');
	});
});
