// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { bench, describe } from 'vitest';
import { I18nContext } from '../../components/i18n';
import { OptionsView } from '../../components/options/options-view';
import { manyContracts } from '../helpers/many-contracts';
import { zh } from './helpers';

/**
 * The options page's first render with 1,000 stored contracts against 2 (issue 12: ready ≤ 130 ms with 1,000). The
 * list draws one page of rows, so the two should cost about the same. Run:
 *   npx vitest bench --run tests/components/options-list.bench.tsx
 */
const noop = () => {};
const STORED = { 1000: manyContracts(1000), 2: manyContracts(2) } as const;
function renderOptions(count: keyof typeof STORED): void {
	const { container } = render(
		<I18nContext.Provider value={{ t: zh, lang: 'zh' }}>
			<OptionsView
				contracts={STORED[count]}
				health={[]}
				onOpenCompare={noop}
				storageError={null}
				saveError={null}
				onSaveContract={noop}
				onDeleteContract={noop}
				importResult={null}
				importProgress={null}
				onImport={noop}
				onExport={noop}
				figures={[]}
				sources={[]}
			/>
		</I18nContext.Provider>,
	);
	if (container.querySelectorAll('[data-cl="contract-row"]').length === 0) throw new Error('no rows rendered');
	cleanup();
}

describe('options page first render', () => {
	bench('1,000 contracts', () => renderOptions(1000), { iterations: 20 });
	bench('2 contracts', () => renderOptions(2), { iterations: 20 });
});
