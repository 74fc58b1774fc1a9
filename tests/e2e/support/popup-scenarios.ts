import path from 'node:path';
import { expect, test } from 'vitest';
import { controlValue, openPopup, POPUP, setControl } from './extension-pages';
import type { ExtensionSuite } from './extension-suite';
import { FIXTURE_TAG, pickPricingPage } from './fixtures';
import { waitForPanel } from './panel';
import { pollUntil } from './session';
import { recordTimings } from './timings';

const HEALTH = '[data-cl="health"]';
const BEIJING = '11';
const GUANGDONG = '44';
/** The first quick-contract field (issue 11: at most 6 Tabs from the top) and the one this scenario saves. */
const FIRST_QUICK_FIELD = `[data-cl="contract"] ${POPUP.firstKgYuan}`;
const ZTO_FIRST = `${POPUP.contractForm('zto')} ${POPUP.firstKgYuan}`;
const ZTO_STATUS = `${POPUP.contractForm('zto')} [data-state]`;

/** What has the focus, as a selector-free description the scenario can compare. */
function focusedHook(): { hook: string | null; carrier: string | null } {
	const element = document.activeElement;
	return {
		hook: element?.getAttribute('data-cl') ?? null,
		carrier: element?.closest('[data-cl="contract"]')?.getAttribute('data-carrier') ?? null,
	};
}

/**
 * The popup's own scenarios (issues 8, 11, 13): the health block of the tab behind it, the diagnostic report
 * without the page's query string, the size of the popup, and a quick contract saved by keyboard alone.
 */
export function registerPopupScenarios(suite: ExtensionSuite): void {
	test('the popup reads the tab behind it: health block, and a diagnostic report without the query string', async () => {
		const page = pickPricingPage(suite.pages);
		await suite.pageTab.bringToFront();
		await suite.pageTab.goto(page.url);
		await waitForPanel(suite.pageTab);
		// The popup asks for the active tab when it opens: the fixture stays in front while it loads behind.
		await suite.extensionTab.gotoExtensionPage('popup.html');
		const health = await pollUntil(
			() =>
				suite.extensionTab.evaluate((sel) => {
					const block = document.querySelector(sel);
					return block
						? {
								adapter: block.getAttribute('data-adapter'),
								read: block.getAttribute('data-read'),
								missing: block.getAttribute('data-missing'),
							}
						: null;
				}, HEALTH),
			(found) => !!found?.adapter,
			5000,
		);
		expect(health?.adapter).toMatch(/^taobao/);
		expect(Number(health?.read)).toBeGreaterThan(3);
		expect(health?.missing).not.toBeNull();
		await suite.extensionTab.evaluate(
			() => document.querySelector<HTMLElement>('[data-cl="copy-report"]')?.click(),
			undefined,
		);
		const report = await pollUntil(
			() =>
				suite.extensionTab.evaluate(
					() => document.querySelector<HTMLTextAreaElement>('[data-cl="report"]')?.value ?? null,
					undefined,
				),
			(text) => !!text,
			5000,
		);
		const parsed = JSON.parse(report ?? 'null');
		expect(parsed).toMatchObject({ adapterId: health?.adapter, page: { host: new URL(page.url).host } });
		expect(report).not.toContain(FIXTURE_TAG);
		expect(report).not.toContain('?');
		expect(parsed.values).toBeUndefined();
	});

	test('the popup fits 600 px tall over an item page (issue 11)', async () => {
		const tab = await suite.session.newTab();
		try {
			await tab.setViewport(400, 600);
			// The common case: the popup opens over a marketplace item page its panel has read.
			await suite.pageTab.bringToFront();
			await tab.gotoExtensionPage('popup.html');
			await pollUntil(() => tab.evaluate((sel) => !!document.querySelector(sel), HEALTH), Boolean, 5000);
			await pollUntil(() => tab.evaluate((sel) => !!document.querySelector(sel), ZTO_FIRST), Boolean, 5000);
			const { content, scroll } = await tab.evaluate(
				() => ({
					content: Math.ceil(
						document.querySelector('main')?.getBoundingClientRect().bottom ?? Number.POSITIVE_INFINITY,
					),
					scroll: document.documentElement.scrollHeight,
				}),
				undefined,
			);
			await tab.screenshot(path.join(suite.artifacts, 'popup-600.png'));
			recordTimings(suite.session.name, { popupContentHeightPx: content });
			expect(content).toBeLessThanOrEqual(600);
			expect(scroll).toBeLessThanOrEqual(600);
		} finally {
			await tab.close();
		}
	});

	test('an open popup follows a setting saved on another page, live (issue 13)', async () => {
		const other = await suite.session.newTab();
		try {
			await openPopup(suite.extensionTab);
			const before = await controlValue(suite.extensionTab, POPUP.destination);
			const changed = before === GUANGDONG ? BEIJING : GUANGDONG;
			await openPopup(other);
			await setControl(other, POPUP.destination, changed);
			const followed = await pollUntil(
				() => controlValue(suite.extensionTab, POPUP.destination),
				(v) => v === changed,
				5000,
			);
			expect(followed).toBe(changed);
			await setControl(other, POPUP.destination, BEIJING);
		} finally {
			await other.close();
		}
	});

	test('keyboard only: Tab reaches the first quick-contract field within 6 presses and saves ZTO with Enter', async () => {
		const tab = suite.extensionTab;
		// Over a read item page (the health block's controls come first), then the popup takes the keyboard.
		await suite.pageTab.bringToFront();
		await openPopup(tab);
		await pollUntil(() => tab.evaluate((sel) => !!document.querySelector(sel), HEALTH), Boolean, 5000);
		await pollUntil(() => tab.evaluate((sel) => !!document.querySelector(sel), ZTO_FIRST), Boolean, 5000);
		await tab.bringToFront();
		let presses = 0;
		let focus = await tab.evaluate(focusedHook, undefined);
		while (focus.hook !== 'first-kg-yuan' && presses < 20) {
			await tab.press('Tab');
			presses++;
			focus = await tab.evaluate(focusedHook, undefined);
		}
		recordTimings(suite.session.name, { popupTabsToFirstQuickField: presses });
		expect(await tab.evaluate((sel) => document.activeElement === document.querySelector(sel), FIRST_QUICK_FIELD)).toBe(
			true,
		);
		expect(presses).toBeLessThanOrEqual(6);
		while (focus.carrier !== 'zto' || focus.hook !== 'first-kg-yuan') {
			await tab.press('Tab');
			focus = await tab.evaluate(focusedHook, undefined);
			if (++presses > 40) throw new Error('Tab never reached the ZTO quick contract');
		}
		// Tabbing into a text field selects what it holds: typing replaces it.
		await tab.type('2.00');
		await tab.press('Tab');
		await tab.type('1.00');
		await tab.press('Enter');
		const state = await pollUntil(
			() => tab.evaluate((sel) => document.querySelector(sel)?.getAttribute('data-state') ?? null, ZTO_STATUS),
			(found) => found === 'saved' || found === 'error',
			5000,
		);
		expect(state).toBe('saved');
		// A fresh popup shows it from the database.
		await openPopup(tab);
		await pollUntil(
			() => controlValue(tab, ZTO_FIRST),
			(value) => value === '2.00',
			5000,
		);
		expect(await controlValue(tab, ZTO_FIRST)).toBe('2.00');
		expect(await controlValue(tab, `${POPUP.contractForm('zto')} ${POPUP.extraKgYuan}`)).toBe('1.00');
	});
}
