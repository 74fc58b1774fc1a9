// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupViewProps } from '../../components/popup/popup-view';
import { CARRIER_IDS } from '../../utils/core/ids';
import { DEFAULT_SETTINGS } from '../../utils/core/settings-defaults';
import { renderI18n, sampleFacts } from './helpers';

afterEach(cleanup);

function props(overrides: Partial<PopupViewProps> = {}): PopupViewProps {
	return {
		tab: { platform: 'taobao', pageType: 'item', facts: sampleFacts() },
		settings: DEFAULT_SETTINGS,
		quickRates: {},
		storageError: null,
		onSettingsChange: vi.fn(),
		onQuickContractSave: vi.fn(),
		onOpenOptions: vi.fn(),
		...overrides,
	};
}

const $ = <T extends Element>(container: HTMLElement, selector: string) => {
	const element = container.querySelector<T & Element>(selector);
	if (!element) throw new Error(`missing ${selector}`);
	return element as T;
};

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

	it('saves a quick contract in fen, reading the typed fields on submit', () => {
		const p = props();
		const { container } = renderI18n(<PopupView {...p} />);
		expect(container.querySelectorAll('[data-cl="contract"]').length).toBe(CARRIER_IDS.length);
		const form = $<HTMLFormElement>(container, '[data-cl="contract"][data-carrier="zto"]');
		// Typing fires input events only, as an automated fill does.
		fireEvent.input($<HTMLInputElement>(form, 'input[data-cl="first-kg-yuan"]'), { target: { value: '2.00' } });
		fireEvent.input($<HTMLInputElement>(form, 'input[data-cl="extra-kg-yuan"]'), { target: { value: '1.00' } });
		fireEvent.click($<HTMLButtonElement>(form, '[data-cl="save"]'));
		expect(p.onQuickContractSave).toHaveBeenCalledWith({ carrier: 'zto', firstFen: 200, extraFen: 100 });
	});

	it('rejects an invalid quick contract price', () => {
		const p = props();
		const { container } = renderI18n(<PopupView {...p} />);
		const form = $<HTMLFormElement>(container, '[data-cl="contract"][data-carrier="sf"]');
		fireEvent.input($<HTMLInputElement>(form, 'input[data-cl="first-kg-yuan"]'), { target: { value: '2.005' } });
		fireEvent.input($<HTMLInputElement>(form, 'input[data-cl="extra-kg-yuan"]'), { target: { value: '1' } });
		fireEvent.click($<HTMLButtonElement>(form, '[data-cl="save"]'));
		expect(p.onQuickContractSave).not.toHaveBeenCalled();
		expect(form.textContent).toContain('请输入金额');
	});

	it('prefills quick contracts from the stored ones', () => {
		const { container } = renderI18n(
			<PopupView {...props({ quickRates: { zto: { firstFen: 220, extraFen: 90 } } })} />,
		);
		const form = $<HTMLFormElement>(container, '[data-cl="contract"][data-carrier="zto"]');
		expect($<HTMLInputElement>(form, 'input[data-cl="first-kg-yuan"]').value).toBe('2.20');
		expect($<HTMLInputElement>(form, 'input[data-cl="extra-kg-yuan"]').value).toBe('0.90');
	});

	it('changes sites, strategy and origin mode', () => {
		const p = props();
		const { container } = renderI18n(<PopupView {...p} />);
		fireEvent.click($<HTMLInputElement>(container, 'input[data-cl="site"][data-platform="jd"]'));
		expect(p.onSettingsChange).toHaveBeenCalledWith({
			enabledSites: { ...DEFAULT_SETTINGS.enabledSites, jd: false },
		});
		fireEvent.change(screen.getByLabelText('排序'), { target: { value: 'best_value' } });
		expect(p.onSettingsChange).toHaveBeenCalledWith({ ranking: 'best_value' });
		fireEvent.click(screen.getByLabelText('按我的仓库（我发要多少）'));
		expect(p.onSettingsChange).toHaveBeenCalledWith({ originMode: 'warehouse' });
		fireEvent.change(screen.getByLabelText('长 (cm)'), { target: { value: '30' } });
		expect(screen.getByRole('alert').textContent).toContain('三个尺寸');
	});

	it('shows what this tab read, or that it is not supported', () => {
		const { container, rerender } = renderI18n(<PopupView {...props()} />);
		expect(container.textContent).toContain('淘宝');
		expect(container.querySelector('[data-name="shopName"]')?.textContent).toBe('小甜崽sweet');
		// A Taobao item never states a parcel weight: its absence is not a reading failure.
		expect(container.textContent).not.toContain('未读取到');
		rerender(<PopupView {...props({ tab: null })} />);
		expect(container.textContent).toContain('不是受支持的');
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
		fireEvent.click(screen.getByRole('button', { name: '打开完整合同编辑器与数据来源' }));
	});
});
