// @vitest-environment happy-dom
import { cleanup, fireEvent } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsView } from '../../components/options/options-view';
import { Panel } from '../../components/panel/panel';
import { PopupView } from '../../components/popup/popup-view';
import { SwitchView } from '../../components/switch/switch-view';
import { createQuickContract } from '../../utils/core/contract-validation';
import { NATIONAL_MIX } from '../../utils/core/destination-mix';
import { DEFAULT_SETTINGS } from '../../utils/core/settings-defaults';
import { compareCarriers, verdicts } from '../../utils/core/switch-calculator';
import { NOW, renderI18n, sampleEstimate, sampleFacts } from './helpers';

afterEach(cleanup);

/** Structural WCAG checks (names, roles, ARIA); contrast and target size need real layout and run in E2E. */
async function seriousViolations(element: Element): Promise<string[]> {
	const result = await axe.run(element, {
		runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
		rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } },
	});
	return result.violations
		.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
		.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`);
}

describe('accessibility (axe-core)', () => {
	it('panel', async () => {
		const facts = sampleFacts();
		const { container } = renderI18n(
			<Panel
				platform="taobao"
				pageType="item"
				state="ready"
				facts={facts}
				estimate={sampleEstimate(facts)}
				currencyDisplay="symbol"
				collapsed={false}
				onToggleCollapsed={vi.fn()}
				destination="11"
				onDestinationChange={vi.fn()}
				weightGrams={1000}
				onWeightChange={vi.fn()}
				strategy="cheapest"
				onStrategyChange={vi.fn()}
				onOpenOptions={vi.fn()}
			/>,
		);
		expect(await seriousViolations(container)).toEqual([]);
	});

	it('popup', async () => {
		const { container } = renderI18n(
			<PopupView
				tab={{
					platform: 'jd',
					pageType: 'item',
					facts: sampleFacts({ platform: 'jd' }),
					diagnostics: { adapterId: 'jd-item', strategies: { title: 'dom' }, readMs: 2 },
				}}
				settings={{ ...DEFAULT_SETTINGS, originMode: 'warehouse' }}
				quickContracts={{
					zto: { fields: { firstFen: 200, extraFen: 100, originProvince: '33' }, limits: [] },
					sf: { fields: { firstFen: 800, extraFen: 200, originProvince: null }, limits: ['zones'] },
				}}
				storageError={null}
				report={'{"format":"courier-lens-diagnostic"}'}
				reportStatus="copied"
				includeValues={false}
				onSettingsChange={vi.fn()}
				onQuickContractSave={vi.fn()}
				onIncludeValuesChange={vi.fn()}
				onCopyReport={vi.fn()}
				onOpenOptions={vi.fn()}
				onOpenCompare={vi.fn()}
			/>,
		);
		for (const details of container.querySelectorAll('details')) details.open = true;
		expect(await seriousViolations(container)).toEqual([]);
	});

	it('options', async () => {
		const { container } = renderI18n(
			<OptionsView
				contracts={[]}
				storageError={null}
				saveError={null}
				onSaveContract={vi.fn()}
				onDeleteContract={vi.fn()}
				importResult={{
					ok: false,
					fileName: 'x.csv',
					error: {
						code: 'invalid_import',
						issues: [
							{ path: 'priceFen', code: 'yuan_invalid', params: { value: 'x' }, at: { row: 2, column: 'price_yuan' } },
						],
					},
				}}
				importProgress={null}
				onImport={vi.fn()}
				onExport={vi.fn()}
				figures={[]}
				sources={[]}
			/>,
		);
		expect(await seriousViolations(container)).toEqual([]);
	});

	it('compare.html Carriers tab (switch calculator), with an import result and an invalid entry', async () => {
		const inputs = {
			orders: 1000,
			current: 'zto',
			origin: '44',
			weightGrams: 1000,
			mix: 'national',
			averageOrderValueFen: 8900,
		} as const;
		const contracts = [createQuickContract({ id: 'q', carrier: 'zto', firstFen: 200, extraFen: 100, updatedAt: NOW })];
		const result = compareCarriers({ ...inputs, mix: NATIONAL_MIX, contracts, now: NOW });
		const { container } = renderI18n(
			<SwitchView
				inputs={inputs}
				onInputs={vi.fn()}
				ordersMix={{ orders: 195, importedAt: NOW }}
				result={result}
				verdicts={verdicts(result)}
				currency="symbol"
				importResult={{
					ok: true,
					fileName: 'o.csv',
					rowsRead: 200,
					rowsPlaced: 195,
					encoding: 'gb18030',
					unplaced: [{ row: 19, text: '到店自提' }],
				}}
				importing={false}
				onImportFile={vi.fn()}
				loadError={null}
			/>,
		);
		fireEvent.input(container.querySelector('input[data-cl="switch-orders"]') as HTMLInputElement, {
			target: { value: 'x' },
		});
		expect(await seriousViolations(container)).toEqual([]);
	});
});
