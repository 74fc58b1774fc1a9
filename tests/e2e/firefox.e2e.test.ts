import { describe, expect, test } from 'vitest';
import { registerComparisonScenarios } from './support/comparison-scenarios';
import { registerSharedScenarios, useExtensionSuite } from './support/extension-suite';
import { EXTENSION_UUID, type FirefoxSession, GECKO_ID, launchFirefox } from './support/firefox';
import { registerIsolationScenarios } from './support/isolation-suite';
import { registerPlacementScenarios } from './support/placement-suite';
import { registerPopupScenarios } from './support/popup-scenarios';
import { registerSwitchScenarios } from './support/switch-scenarios';

const suite = useExtensionSuite('firefox', (server) => launchFirefox({ port: server.port }));
const firefox = () => suite.session as FirefoxSession;

declare const browser: { runtime: { getBackgroundPage(): Promise<Window | null> } };

describe('Firefox: harness', () => {
	test('the add-on is installed and its background page runs', async () => {
		await suite.extensionTab.gotoExtensionPage('popup.html');
		const background = await suite.extensionTab.evaluate(
			async () => (await browser.runtime.getBackgroundPage())?.location.href ?? null,
			undefined,
		);
		expect(background).toMatch(new RegExp(`^${firefox().extensionBaseUrl}`));
	});
});

describe('Firefox: placement', () => {
	registerPlacementScenarios(suite);
});

describe('Firefox: isolation', () => {
	registerIsolationScenarios(suite, () => [GECKO_ID, EXTENSION_UUID]);
});

describe('Firefox: extension', () => {
	// Settings and contracts are checked through the popup and the panel: the test driver cannot reach the
	// background's IndexedDB in Firefox.
	registerSharedScenarios(suite);
	registerSwitchScenarios(suite);
	registerPopupScenarios(suite);
});

describe('Firefox: comparison (compare.html)', () => {
	registerComparisonScenarios(suite);
});
