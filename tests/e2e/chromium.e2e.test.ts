import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { encodeGb18030 } from '../helpers/gb18030';
import {
	type ChromiumSession,
	type ChromiumTab,
	launchChromium,
	newChromiumProfileDir,
	readExtensionStore,
	watchContentScriptWorlds,
} from './support/chromium';
import { registerComparisonScenarios } from './support/comparison-scenarios';
import { exampleContractFile, writeCsvWithInvalidRow } from './support/contract-files';
import {
	controlValue,
	importContracts,
	OPTIONS,
	openPopup,
	POPUP,
	saveQuickContract,
	setParcelDefaults,
} from './support/extension-pages';
import { registerSharedScenarios, type StoredState, useExtensionSuite } from './support/extension-suite';
import { pickPricingPage, SEARCH_PAGE } from './support/fixtures';
import { registerIsolationScenarios } from './support/isolation-suite';
import { quoteFor, waitForPanel, waitForPanelChange } from './support/panel';
import { registerPlacementScenarios } from './support/placement-suite';
import { registerPopupScenarios } from './support/popup-scenarios';
import { pollUntil } from './support/session';
import { registerSwitchScenarios } from './support/switch-scenarios';

/** One profile for the whole file, so the restart test reopens the same browser state. */
const profileDir = newChromiumProfileDir();
const suite = useExtensionSuite('chromium', (server) =>
	launchChromium({ hosts: server.hosts, port: server.port, profileDir }),
);
const chromium = () => suite.session as ChromiumSession;

/** The merchant database as the background stores it (settings row `merchant`, contracts by id). */
const storedState = (): StoredState => ({
	settings: async () => {
		const rows = (await readExtensionStore(chromium(), 'settings')) as { key: string; value: object }[];
		return rows.find((row) => row.key === 'merchant')?.value ?? null;
	},
	contracts: () => readExtensionStore(chromium(), 'contracts'),
});

describe('Chromium: harness', () => {
	test('the extension loads and its service worker runs', () => {
		expect(chromium().extensionId).toMatch(/^[a-p]{32}$/);
		expect(chromium().serviceWorker.url()).toBe(`chrome-extension://${chromium().extensionId}/background.js`);
	});

	test('the content script is injected on seller pages and on other pages its patterns match', async () => {
		const tab = await chromium().newTab();
		try {
			const worlds = await watchContentScriptWorlds(chromium(), tab);
			for (const url of [pickPricingPage(suite.pages).url, SEARCH_PAGE.url]) {
				await tab.goto(url);
				expect(
					await pollUntil(
						async () => worlds(),
						(n) => n > 0,
						5000,
					),
					url,
				).toBeGreaterThan(0);
			}
		} finally {
			await tab.close();
		}
	});
});

describe('Chromium: placement', () => {
	registerPlacementScenarios(suite);
});

describe('Chromium: isolation', () => {
	registerIsolationScenarios(suite, () => [chromium().extensionId]);
});

describe('Chromium: extension', () => {
	registerSharedScenarios(suite, storedState);
	registerSwitchScenarios(suite);
	registerPopupScenarios(suite);

	test('contracts and settings survive a browser restart with the same profile', async () => {
		await openPopup(suite.extensionTab);
		await setParcelDefaults(suite.extensionTab, '31', '1');
		await saveQuickContract(suite.extensionTab, 'zto', '2.00', '1.00');
		await expect.poll(() => storedState().settings(), { timeout: 5000 }).toMatchObject({ defaultDestination: '31' });

		await suite.relaunch();
		expect(chromium().profileDir).toBe(profileDir);
		await openPopup(suite.extensionTab);
		await expect.poll(() => controlValue(suite.extensionTab, POPUP.destination), { timeout: 5000 }).toBe('31');
		await suite.pageTab.goto(pickPricingPage(suite.pages).url);
		await waitForPanel(suite.pageTab);
		const panel = await waitForPanelChange(suite.pageTab, (s) => quoteFor(s, 'zto')?.source === 'contract');
		expect(quoteFor(panel, 'zto')).toMatchObject({ source: 'contract', costFen: '200' });
	});
});

describe('Chromium: comparison (compare.html)', () => {
	registerComparisonScenarios(suite);
});

/**
 * The Chinese UI (issue 10): a file as Excel on Chinese Windows saves it, an import error as a merchant reads it,
 * and a data-sources tab without English sentences. Last in the file: the GBK import leaves contracts behind.
 */
describe('Chromium: in Chinese', () => {
	const options = () => suite.extensionTab as ChromiumTab;
	const importDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'cl-e2e-zh-'));

	test('the extension speaks Chinese (chromium-l10n, --lang=zh-CN)', async () => {
		await options().gotoExtensionPage('options.html');
		const language = await options().evaluate(
			() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage(),
			null,
		);
		expect(language).toMatch(/^zh/);
	});

	test('an import error names the row and the field in Chinese and says what to type', async () => {
		const file = writeCsvWithInvalidRow(exampleContractFile(suite.session.buildDir, 'csv'), importDir());
		expect(await importContracts(options(), file)).toBe('false');
		const text = await options().evaluate(
			(selector) => document.querySelector(selector)?.textContent ?? '',
			OPTIONS.importResult,
		);
		// The extra row repeats the first contract's id with another carrier: its carrier cell is named, in the
		// merchant's words, with what to do.
		expect(text).toMatch(
			/第\d+行「快递公司」（carrier列）：与同一合同的第2行不一致：同一合同编号的每一行，这一列必须相同。/,
		);
		expect(text).toContain('数据没有任何改动');
		expect(text.replace(path.basename(file), '')).not.toMatch(/\b(row|column|must|unknown carrier)\b/);
	});

	test('the example CSV saved as GB18030 (Excel on Chinese Windows) imports with its Chinese names intact', async () => {
		const source = exampleContractFile(suite.session.buildDir, 'csv');
		const utf8 = fs.readFileSync(source, 'utf8').replace(/^\uFEFF/, '');
		const file = path.join(importDir(), 'contracts.gb18030.csv');
		fs.writeFileSync(file, encodeGb18030(utf8));
		expect(await importContracts(options(), file)).toBe('true');
		const names = [
			...new Set(
				utf8
					.split('\r\n')
					.slice(1)
					.map((line) => line.split(',')[2] ?? ''),
			),
		].filter(Boolean);
		expect(names.length).toBeGreaterThan(0);
		const listed = await options().evaluate(() => document.getElementById('panel-contracts')?.textContent ?? '', null);
		for (const name of names) expect(listed).toContain(name);
		expect(listed).not.toContain('\uFFFD');
	});

	test('the data-sources tab holds no English sentence, links every source, and fits 1280 px', async () => {
		await options().gotoExtensionPage('options.html#sources/S37');
		const tab = await pollUntil(
			() =>
				options().evaluate(() => {
					const panel = document.getElementById('panel-sources');
					if (!panel || panel.hidden) return null;
					return {
						text: panel.innerText,
						hrefs: [...panel.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
						focused: document.activeElement?.id ?? '',
						overflow: document.documentElement.scrollWidth - window.innerWidth,
					};
				}, null),
			// The tab shows first, then scrolls to and focuses the source the address names.
			(found) => found?.focused === 'sources/S37',
			5000,
		);
		expect(tab).not.toBeNull();
		// Three or more Latin words in a row is a sentence left untranslated (names and links are single tokens).
		expect(tab?.text.match(/[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){2,}/g) ?? []).toEqual([]);
		expect(tab?.hrefs.filter((href) => !/^(https?:\/\/\S+|#sources\/[A-Z]\d+)$/.test(href))).toEqual([]);
		expect(tab?.focused).toBe('sources/S37');
		expect(tab?.overflow).toBeLessThanOrEqual(1);
	});
});
