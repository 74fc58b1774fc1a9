import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ChromiumSession, launchChromium } from '../e2e/support/chromium';
import { type FixtureServer, startFixtureServer } from '../e2e/support/fixture-server';
import { loadFixtures, pickPricingPage } from '../e2e/support/fixtures';
import { pollUntil } from '../e2e/support/session';
import { TARGETS } from './build-output';

/**
 * The production host's shadow root is closed, so a page script cannot even reach the panel's iframe element
 * (its address is the only way to frame the panel page). The mode is chosen at build time, so this is checked
 * in the browser: the production build mounts [data-cl-host] on a seller page and the page sees no shadowRoot.
 */
const pages = loadFixtures();
let server: FixtureServer;
let chromium: ChromiumSession;

beforeAll(async () => {
	server = await startFixtureServer(pages);
	chromium = await launchChromium({ hosts: server.hosts, port: server.port, extensionDir: TARGETS.chrome });
});
afterAll(async () => {
	await chromium?.close();
	await server?.close();
});

test('the production panel host has a closed shadow root', async () => {
	const tab = await chromium.newTab();
	await tab.goto(pickPricingPage(pages).url);
	const host = await pollUntil(
		() =>
			tab.evaluate(() => {
				const el = document.querySelector('[data-cl-host]');
				return el ? { shadowRootVisible: el.shadowRoot !== null } : null;
			}, undefined),
		(h) => h !== null,
		8000,
	);
	expect(host).toEqual({ shadowRootVisible: false });
});
