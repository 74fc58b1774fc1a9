// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupViewProps } from '../../components/popup/popup-view';
import { CARRIER_IDS } from '../../utils/core/ids';
import { DEFAULT_SETTINGS } from '../../utils/core/settings-defaults';
import { loadMessages, makeTranslate, renderI18n, sampleFacts } from './helpers';

afterEach(cleanup);

const DIAGNOSTICS = { adapterId: 'taobao-item', strategies: { title: 'embedded', price: 'dom' }, readMs: 4.2 } as const;

function props(overrides: Partial<PopupViewProps> = {}): PopupViewProps {
	return {
		tab: { platform: 'taobao', pageType: 'item', facts: sampleFacts(), diagnostics: DIAGNOSTICS },
		settings: DEFAULT_SETTINGS,
		quickContracts: {},
		storageError: null,
		report: null,
		reportStatus: null,
		includeValues: false,
		onSettingsChange: vi.fn(),
		onQuickContractSave: vi.fn(),
		onIncludeValuesChange: vi.fn(),
		onCopyReport: vi.fn(),
		onOpenOptions: vi.fn(),
		onOpenCompare: vi.fn(),
		...overrides,
	};
}

const $ = <T extends Element>(container: HTMLElement, selector: string) => {
	const element = container.querySelector<T & Element>(selector);
	if (!element) throw new Error(`missing ${selector}`);
	return element as T;
};

/**
 * The elements Tab visits, in order, as a browser does here: focusable controls that are rendered (not inside a
 * closed <details> other than its summary), without tabindex -1, with one stop per radio group.
 */
function tabStops(container: HTMLElement): Element[] {
	const candidates = container.querySelectorAll(
		'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
	);
	const groups = new Set<string>();
	return [...candidates].filter((element) => {
		if (element.hasAttribute('disabled') || element.getAttribute('tabindex') === '-1') return false;
		const closed = element.closest('details:not([open])');
		if (closed && element !== closed.querySelector('summary')) return false;
		if (element instanceof HTMLInputElement && element.type === 'radio') {
			if (groups.has(element.name)) return false;
			groups.add(element.name);
		}
		return true;
	});
}

describe('PopupView', () => {
	it('saves destination and weight (kg → grams) on change', () => {
		const p = props();
		const { container } = renderI18n(<PopupView {...p} />);
		fireEvent.change($<HTMLSelectElement>(container, 'select[data-cl="destination"]'), { target: { value: '65' } });
		expect(p.onSettingsChange).toHaveBeenCalledWith({ defaultDestination: '65' });
		fireEvent.change($<HTMLInputElement>(container, 'input[data-cl="weight-kg"]'), { target: { value: '2.5' } });
		expect(p.onSettingsChange).toHaveBeenCalledWith({ defaultWeightGrams: 2500 });
	});

	it('rejects an invalid weight with a visible field error and no callback', () => {
		const p = props();
		const { container } = renderI18n(<PopupView {...p} />);
		const weight = $<HTMLInputElement>(container, 'input[data-cl="weight-kg"]');
		for (const bad of ['abc', '0', '-1', '1.2345']) {
			fireEvent.change(weight, { target: { value: bad } });
		}
		expect(p.onSettingsChange).not.toHaveBeenCalled();
		expect(weight.getAttribute('aria-invalid')).toBe('true');
		expect(screen.getByRole('alert').textContent).toContain('请输入大于0的重量');
	});

	it('settings that arrive while the merchant types the weight do not clobber it', () => {
		const { container, rerender } = renderI18n(<PopupView {...props()} />);
		const weight = $<HTMLInputElement>(container, 'input[data-cl="weight-kg"]');
		fireEvent.input(weight, { target: { value: '3.2' } });
		rerender(
			<PopupView
				{...props({ settings: { ...DEFAULT_SETTINGS, defaultWeightGrams: 2000, defaultDestination: '65' } })}
			/>,
		);
		expect(weight.value).toBe('3.2');
		expect($<HTMLSelectElement>(container, 'select[data-cl="destination"]').value).toBe('65');
	});

	describe('issue 8 hooks', () => {
		it('warehouse, origin mode, record-visits and open-compare, enabled and wired', () => {
			const p = props();
			const { container } = renderI18n(<PopupView {...p} />);
			const warehouse = $<HTMLSelectElement>(container, 'select[data-cl="warehouse"]');
			expect(warehouse.disabled).toBe(false);
			expect(warehouse.value).toBe('');
			fireEvent.change(warehouse, { target: { value: '44' } });
			expect(p.onSettingsChange).toHaveBeenCalledWith({ warehouseProvince: '44' });
			const modes = [...container.querySelectorAll<HTMLInputElement>('input[type=radio][data-cl="origin-mode"]')];
			expect(modes.map((mode) => [mode.value, mode.checked])).toEqual([
				['page', true],
				['warehouse', false],
			]);
			fireEvent.click(screen.getByLabelText('我的仓库'));
			expect(p.onSettingsChange).toHaveBeenCalledWith({ originMode: 'warehouse' });
			const record = $<HTMLInputElement>(container, 'input[type=checkbox][data-cl="record-visits"]');
			expect(record.checked).toBe(true);
			expect(document.getElementById(record.getAttribute('aria-describedby') ?? '')?.textContent).toContain('从不上传');
			fireEvent.click(record);
			expect(p.onSettingsChange).toHaveBeenCalledWith({ recordVisits: false });
			fireEvent.click($<HTMLButtonElement>(container, '[data-cl="open-compare"]'));
			expect(p.onOpenCompare).toHaveBeenCalled();
		});

		it('asks for the warehouse province right there when the warehouse origin has none', () => {
			const { container, rerender } = renderI18n(<PopupView {...props()} />);
			const warehouse = () => $<HTMLSelectElement>(container, 'select[data-cl="warehouse"]');
			expect(warehouse().getAttribute('aria-invalid')).not.toBe('true');
			rerender(<PopupView {...props({ settings: { ...DEFAULT_SETTINGS, originMode: 'warehouse' } })} />);
			expect(warehouse().getAttribute('aria-invalid')).toBe('true');
			const prompt = document.getElementById(warehouse().getAttribute('aria-describedby') ?? '');
			expect(prompt?.textContent).toContain('请选择仓库所在省份');
			rerender(
				<PopupView
					{...props({ settings: { ...DEFAULT_SETTINGS, originMode: 'warehouse', warehouseProvince: '44' } })}
				/>,
			);
			expect(warehouse().getAttribute('aria-invalid')).not.toBe('true');
			expect(container.textContent).not.toContain('请选择仓库所在省份');
		});
	});

	describe('quick contracts', () => {
		it('saves in fen, reading the typed fields on submit, without an origin the merchant did not change', () => {
			const p = props();
			const { container } = renderI18n(<PopupView {...p} />);
			expect(container.querySelectorAll('[data-cl="contract"]').length).toBe(CARRIER_IDS.length);
			const form = $<HTMLFormElement>(container, '[data-cl="contract"][data-carrier="zto"]');
			// Typing fires input events only, as an automated fill does.
			fireEvent.input($<HTMLInputElement>(form, 'input[data-cl="first-kg-yuan"]'), { target: { value: '2.00' } });
			fireEvent.input($<HTMLInputElement>(form, 'input[data-cl="extra-kg-yuan"]'), { target: { value: '1.00' } });
			fireEvent.click($<HTMLButtonElement>(form, '[data-cl="save"]'));
			expect(p.onQuickContractSave).toHaveBeenCalledWith({ carrier: 'zto', firstFen: 200, extraFen: 100 });
			fireEvent.change(screen.getByLabelText('中通快递合同适用的发货省份'), { target: { value: '33' } });
			fireEvent.click($<HTMLButtonElement>(form, '[data-cl="save"]'));
			expect(p.onQuickContractSave).toHaveBeenLastCalledWith({
				carrier: 'zto',
				firstFen: 200,
				extraFen: 100,
				originProvince: '33',
			});
		});

		it('rejects an invalid price', () => {
			const p = props();
			const { container } = renderI18n(<PopupView {...p} />);
			const form = $<HTMLFormElement>(container, '[data-cl="contract"][data-carrier="sf"]');
			fireEvent.input($<HTMLInputElement>(form, 'input[data-cl="first-kg-yuan"]'), { target: { value: '2.005' } });
			fireEvent.input($<HTMLInputElement>(form, 'input[data-cl="extra-kg-yuan"]'), { target: { value: '1' } });
			fireEvent.click($<HTMLButtonElement>(form, '[data-cl="save"]'));
			expect(p.onQuickContractSave).not.toHaveBeenCalled();
			expect(form.textContent).toContain('请输入金额');
		});

		it('prefills prices and the origin ("从…发货") from the stored quick contract', () => {
			const zto = { fields: { firstFen: 220, extraFen: 90, originProvince: '33' }, limits: [] };
			const { container } = renderI18n(<PopupView {...props({ quickContracts: { zto } })} />);
			const form = $<HTMLFormElement>(container, '[data-cl="contract"][data-carrier="zto"]');
			expect($<HTMLInputElement>(form, 'input[data-cl="first-kg-yuan"]').value).toBe('2.20');
			expect($<HTMLInputElement>(form, 'input[data-cl="extra-kg-yuan"]').value).toBe('0.90');
			expect($<HTMLSelectElement>(form, 'select[name="origin"]').value).toBe('33');
		});

		it('a stored contract with zones or bands is not editable here: the popup says so and links to the editor', () => {
			const p = props({
				quickContracts: {
					sf: { fields: { firstFen: 800, extraFen: 200, originProvince: null }, limits: ['bands', 'zones'] },
				},
			});
			const { container } = renderI18n(<PopupView {...p} />);
			const row = $<HTMLElement>(container, '[data-cl="contract"][data-carrier="sf"]');
			expect(row.querySelector('input')).toBeNull();
			expect(row.textContent).toContain('阶梯价');
			expect(row.textContent).toContain('分区或分省价');
			fireEvent.click(screen.getByRole('button', { name: '在编辑器中修改顺丰速运合同' }));
			expect(p.onOpenOptions).toHaveBeenCalled();
		});

		it('follows stored values that change while open, except in a field the merchant is editing', () => {
			const stored = (firstFen: number, extraFen: number) => ({
				zto: { fields: { firstFen, extraFen, originProvince: null }, limits: [] },
			});
			const { container, rerender } = renderI18n(<PopupView {...props({ quickContracts: stored(200, 100) })} />);
			const form = $<HTMLFormElement>(container, '[data-cl="contract"][data-carrier="zto"]');
			const first = $<HTMLInputElement>(form, 'input[data-cl="first-kg-yuan"]');
			const extra = $<HTMLInputElement>(form, 'input[data-cl="extra-kg-yuan"]');
			fireEvent.input(first, { target: { value: '2.50' } });
			rerender(<PopupView {...props({ quickContracts: stored(300, 120) })} />);
			expect(first.value).toBe('2.50');
			expect(extra.value).toBe('1.20');
		});
	});

	describe('this page (self-diagnosis)', () => {
		it('the health block names the adapter, counts the facts read and lists the missing ones', () => {
			const facts = sampleFacts({ missing: ['shipFrom', 'carrier'] });
			const { container } = renderI18n(
				<PopupView {...props({ tab: { platform: 'taobao', pageType: 'item', facts, diagnostics: DIAGNOSTICS } })} />,
			);
			const health = $<HTMLElement>(container, '[data-cl="health"]');
			expect(health.getAttribute('data-adapter')).toBe('taobao-item');
			expect(health.getAttribute('data-read')).toBe('10');
			expect(health.getAttribute('data-missing')).toBe('shipFrom,carrier');
			expect(health.textContent).toContain('读到10项信息，缺2项（发货地、快递公司），用时4.2毫秒');
			expect($<HTMLElement>(health, '[data-fact="title"]').textContent).toContain('页面内嵌数据');
			expect($<HTMLElement>(health, '[data-fact="price"]').textContent).toContain('页面显示内容');
			// Whether each gap is expected: every Taobao item names its ship-from, only some a carrier; none a weight.
			expect(health.textContent).toContain('这类页面通常有、但没读到：发货地。');
			expect(health.textContent).toContain('并非每个商品页都有，没读到属正常：快递公司。');
			expect(health.textContent).toContain('商品页本来就没有：重量。');
		});

		it('on a shop page, facts a shop page never shows are expected, not missing', () => {
			const facts = sampleFacts({ pageType: 'shop', missing: [] });
			const { container } = renderI18n(
				<PopupView {...props({ tab: { platform: 'taobao', pageType: 'shop', facts, diagnostics: DIAGNOSTICS } })} />,
			);
			const health = $<HTMLElement>(container, '[data-cl="health"]');
			expect(health.getAttribute('data-missing')).toBe('');
			expect(health.getAttribute('data-read')).toBe('3');
			expect(health.textContent).toContain('店铺页本来就没有：商品编号、标题、价格');
		});

		it('copy-report asks for the report; the report is shown as JSON; page values are opt-in', () => {
			const p = props();
			const { container, rerender } = renderI18n(<PopupView {...p} />);
			expect(container.querySelector('[data-cl="report"]')).toBeNull();
			fireEvent.click($<HTMLButtonElement>(container, '[data-cl="copy-report"]'));
			expect(p.onCopyReport).toHaveBeenCalled();
			fireEvent.click(screen.getByLabelText('报告中包含页面内容（店名、标题、价格等）'));
			expect(p.onIncludeValuesChange).toHaveBeenCalledWith(true);
			rerender(<PopupView {...props({ report: '{"adapterId":"taobao-item"}', reportStatus: 'copied' })} />);
			expect($<HTMLTextAreaElement>(container, '[data-cl="report"]').value).toBe('{"adapterId":"taobao-item"}');
			expect(container.textContent).toContain('诊断报告已复制');
		});

		it('says when the page is not supported', () => {
			const { container } = renderI18n(<PopupView {...props({ tab: null })} />);
			expect(container.textContent).toContain('不是受支持的');
			expect(container.querySelector('[data-cl="health"]')).toBeNull();
		});
	});

	describe('layout (issue 11)', () => {
		it('this page, then the quick contracts, then origin/destination/weight, then "更多设置" folded', () => {
			const { container } = renderI18n(<PopupView {...props()} />);
			const order = [
				'[data-cl="health"]',
				'[data-cl="contract"]',
				'[data-cl="warehouse"]',
				'[data-cl="destination"]',
				'details.pp-more',
			];
			const positions = order.map((selector) => [...container.querySelectorAll('*')].indexOf($(container, selector)));
			expect(positions).toEqual([...positions].sort((a, b) => a - b));
			const more = $<HTMLDetailsElement>(container, 'details.pp-more');
			expect(more.open).toBe(false);
			expect(more.querySelector('summary')?.textContent).toBe('更多设置');
			expect(more.contains(container.querySelector('[data-cl="site"]'))).toBe(true);
		});

		it('the first quick-contract field is at most 6 Tab stops from the top', () => {
			const { container } = renderI18n(<PopupView {...props()} />);
			const stops = tabStops(container);
			const first = $(container, '[data-cl="contract"] input[data-cl="first-kg-yuan"]');
			const presses = stops.indexOf(first) + 1;
			expect(presses).toBeGreaterThan(0);
			expect(presses).toBeLessThanOrEqual(6);
		});

		it('words the columns and origin choices naturally in all three languages', () => {
			for (const [locale, lang, expected] of [
				['zh_CN', 'zh', ['首重（元）', '续重（元）', '页面发货地', '我的仓库']],
				['en', 'en', ['First kg (¥)', 'Extra kg (¥)', 'Page’s ship-from', 'My warehouse']],
				['vi', 'vi', ['Kg đầu (¥)', 'Kg tiếp (¥)', 'Nơi gửi trên trang', 'Kho của tôi']],
			] as const) {
				const { container, unmount } = renderI18n(
					<PopupView {...props()} />,
					lang,
					makeTranslate(loadMessages(locale)),
				);
				for (const text of expected) expect(container.textContent, locale).toContain(text);
				expect(container.textContent).not.toContain('¥/kg');
				unmount();
			}
		});
	});

	it('changes sites, strategy and size under "更多设置"', () => {
		const p = props();
		const { container } = renderI18n(<PopupView {...p} />);
		fireEvent.click($<HTMLInputElement>(container, 'input[data-cl="site"][data-platform="jd"]'));
		expect(p.onSettingsChange).toHaveBeenCalledWith({
			enabledSites: { ...DEFAULT_SETTINGS.enabledSites, jd: false },
		});
		fireEvent.change(screen.getByLabelText('排序'), { target: { value: 'best_value' } });
		expect(p.onSettingsChange).toHaveBeenCalledWith({ ranking: 'best_value' });
		fireEvent.change(screen.getByLabelText('长（厘米）'), { target: { value: '30' } });
		expect(screen.getByRole('alert').textContent).toContain('三个尺寸');
	});

	it('shows a storage failure instead of a blank popup', () => {
		const { container } = renderI18n(
			<PopupView
				{...props({ settings: null, storageError: { code: 'storage_unavailable', detail: 'QuotaExceededError' } })}
			/>,
		);
		const alert = screen.getByRole('alert');
		expect(alert.textContent).toContain('数据库无法使用');
		// The developer detail (English) stays out of the merchant's view.
		expect(alert.textContent).not.toContain('QuotaExceededError');
		expect(container.querySelector('[data-cl="contract"]')).toBeNull();
		fireEvent.click(screen.getByRole('button', { name: '合同编辑器与数据来源' }));
	});
});
