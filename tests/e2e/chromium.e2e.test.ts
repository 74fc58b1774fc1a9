import { describe, expect, test } from 'vitest';
import {
	type ChromiumSession,
	launchChromium,
	newChromiumProfileDir,
	readExtensionStore,
	watchContentScriptWorlds,
} from './support/chromium';
import { registerComparisonScenarios } from './support/comparison-scenarios';
import { controlValue, openPopup, POPUP, saveQuickContract, setParcelDefaults } from './support/extension-pages';
import { registerSharedScenarios, type StoredState, useExtensionSuite } from './support/extension-suite';
import { pickPricingPage, SEARCH_PAGE } from './support/fixtures';
import { quoteFor, waitForPanel, waitForPanelChange } from './support/panel';
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

describe('Chromium: extension', () => {
	registerSharedScenarios(suite, storedState);
	registerSwitchScenarios(suite);

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
