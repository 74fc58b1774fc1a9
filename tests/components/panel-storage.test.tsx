// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Panel, type PanelProps } from '../../components/panel/panel';
import { estimatePage } from '../../utils/core/estimate';
import { DEFAULT_SETTINGS } from '../../utils/core/settings-defaults';
import { STORAGE_PROBLEM_CODES } from '../../utils/core/storage-problem';
import { loadMessages, makeTranslate, NOW, panelProps, renderI18n, sampleFacts } from './helpers';

afterEach(cleanup);

/**
 * The `storage_problem_<code>` messages belong to the storage work of issue 13 (the options branch); where this
 * checkout does not have them yet, these stand in, so the test checks what the view does with them.
 */
const messages = loadMessages('zh_CN');
for (const code of STORAGE_PROBLEM_CODES)
	messages[`storage_problem_${code}`] ??= { message: `合同暂时读不到（${code}）` };
const t = makeTranslate(messages);

/** What the background sends while the database is down: the default settings, no contracts. */
const facts = sampleFacts();
const onDefaults = estimatePage({ facts, settings: DEFAULT_SETTINGS, contracts: [], now: NOW });

/** On the default cards, as the background estimates while storage is down. */
const props = (overrides: Partial<PanelProps> = {}): PanelProps =>
	panelProps({ facts, estimate: onDefaults, ...overrides });

describe('while storage is down (issue 13 §1)', () => {
	for (const code of STORAGE_PROBLEM_CODES) {
		it(`${code}: estimates on the default cards, and one translated line on why contracts are missing`, () => {
			const { container } = renderI18n(<Panel {...props({ storageProblem: code })} />, 'zh', t);
			const lines = container.querySelectorAll<HTMLElement>('[data-cl="storage-problem"]');
			expect(lines.length).toBe(1);
			expect(lines[0]?.dataset.code).toBe(code);
			expect(lines[0]?.textContent).toBe(messages[`storage_problem_${code}`]?.message);
			expect(container.querySelector('[role="alert"]')).toBeNull();
			const quotes = [...container.querySelectorAll<HTMLElement>('[data-cl="quote"]')];
			expect(quotes.length).toBeGreaterThanOrEqual(9);
			expect(quotes.every((quote) => quote.dataset.source === 'default')).toBe(true);
			expect(container.textContent).not.toMatch(/DatabaseClosedError|Error|undefined/);
		});
	}

	it('no line when the database is fine', () => {
		for (const storageProblem of [null, undefined]) {
			const { container, unmount } = renderI18n(<Panel {...props({ storageProblem })} />, 'zh', t);
			expect(container.querySelector('[data-cl="storage-problem"]')).toBeNull();
			unmount();
		}
	});

	it('an older background that still answers with an error code gets a translated sentence, not its detail', () => {
		const { container } = renderI18n(
			<Panel {...props({ state: 'error', estimate: null, errorCode: 'storage_unavailable' })} />,
			'zh',
			t,
		);
		expect(container.querySelector('[role="alert"]')?.textContent).toContain('本地数据库');
		expect(container.textContent).not.toMatch(/[A-Z][a-z]+Error/);
	});
});
