import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parseProvince } from '../../../utils/core/geography';
import { seriousAccessibilityViolations } from './accessibility';
import {
	type ContractScope,
	contractsInFile,
	exampleContractFile,
	writeCsvWithInvalidRow,
	writeTruncatedJson,
} from './contract-files';
import { buildPresetContractByKeyboard, optionsReadyWithManyContracts } from './editor-scenarios';
import {
	controlValue,
	importContracts,
	openPopup,
	POPUP,
	saveQuickContract,
	setControl,
	setParcelDefaults,
} from './extension-pages';
import { type FixtureServer, startFixtureServer } from './fixture-server';
import {
	type FixturePage,
	hasHostileText,
	isBlockedPage,
	loadFixtures,
	pickLargestItemPage,
	pickPricingPage,
	rendersLate,
	SEARCH_PAGE,
} from './fixtures';
import {
	costOf,
	isSameDocument,
	markDocument,
	type PanelSnapshot,
	panelDelayAfterDomContentLoaded,
	panelFrameOf,
	quoteFor,
	readPanel,
	recordPanelTimingInPage,
	waitForPanel,
	waitForPanelChange,
} from './panel';
import { panelProblems, REQUIRED_CARRIERS } from './panel-expectations';
import { artifactsDirFor } from './paths';
import { type BrowserSession, type BrowserTab, pollUntil, sleep } from './session';
import { median, recordTimings } from './timings';

/** Province codes (GB/T 2260) the scenarios use. */
const BEIJING = '11';
const GUANGDONG = '44';
const XINJIANG = '65';

/** What the merchant database holds, read behind the UI's back (Chromium reads it from the service worker). */
export interface StoredState {
	settings(): Promise<{ defaultDestination?: string; defaultWeightGrams?: number } | null>;
	contracts(): Promise<unknown[]>;
}

export interface ExtensionSuite {
	readonly session: BrowserSession;
	readonly server: FixtureServer;
	readonly pages: FixturePage[];
	readonly artifacts: string;
	/** The tab that shows marketplace pages. */
	readonly pageTab: BrowserTab;
	/** The tab that shows the popup or options page, beside the marketplace tab (live updates cross tabs). */
	readonly extensionTab: BrowserTab;
	/** Closes the browser and launches it again (same profile where the launcher keeps one). */
	relaunch(): Promise<void>;
}

/**
 * Starts the fixture server and the browser once for a suite file, with one marketplace tab and one extension
 * tab; closes both after the last test.
 */
export function useExtensionSuite(
	browserName: string,
	launch: (server: FixtureServer) => Promise<BrowserSession>,
): ExtensionSuite {
	const pages = loadFixtures();
	let server: FixtureServer | undefined;
	let session: BrowserSession | undefined;
	let pageTab: BrowserTab | undefined;
	let extensionTab: BrowserTab | undefined;
	const started = async () => {
		if (!server) throw new Error('fixture server not started');
		const t0 = performance.now();
		session = await launch(server);
		launchMs.push(performance.now() - t0);
		pageTab = await session.newTab();
		extensionTab = await session.newTab();
	};
	const launchMs: number[] = [];
	const need = <T>(value: T | undefined, what: string): T => {
		if (value === undefined)
			throw new Error(`${what} is not available: the browser did not start (see the first failure)`);
		return value;
	};
	beforeAll(async () => {
		server = await startFixtureServer(pages);
		await started();
	});
	afterAll(async () => {
		await session?.close().catch(() => {});
		await server?.close();
		if (launchMs.length) recordTimings(browserName, { browserLaunchMs: launchMs.map(Math.round) });
	});
	return {
		get session() {
			return need(session, 'the browser');
		},
		get server() {
			return need(server, 'the fixture server');
		},
		pages,
		artifacts: artifactsDirFor(browserName),
		get pageTab() {
			return need(pageTab, 'the marketplace tab');
		},
		get extensionTab() {
			return need(extensionTab, 'the extension tab');
		},
		relaunch: async () => {
			await session?.close();
			session = undefined;
			await started();
		},
	};
}

/** Opens a fixture in the marketplace tab and waits for the panel to settle. */
async function openFixture(suite: ExtensionSuite, page: FixturePage): Promise<PanelSnapshot> {
	await suite.pageTab.bringToFront();
	await suite.pageTab.goto(page.url);
	return waitForPanel(suite.pageTab, { preferReady: rendersLate(page) });
}

/**
 * The scenarios every browser runs, in order (later ones build on settings saved by earlier ones): the panel on
 * every fixture, nothing on a search page, hostile text, popup settings and quick contracts reaching the open
 * panel live, contract imports, accessibility, and the panel-ready timing.
 */
export function registerSharedScenarios(suite: ExtensionSuite, stored?: () => StoredState): void {
	const pricingPage = pickPricingPage(suite.pages);
	const pricingPanel = () => openFixture(suite, pricingPage);
	const screenshot = (tab: BrowserTab, name: string) => tab.screenshot(path.join(suite.artifacts, `${name}.png`));

	test('the popup and options pages open in a tab', async () => {
		for (const name of ['popup.html', 'options.html']) {
			await suite.extensionTab.gotoExtensionPage(name);
			expect(await suite.extensionTab.evaluate(() => document.readyState, undefined)).toBe('complete');
		}
	});

	test.each(suite.pages.map((p) => [p.file, p] as const))('panel on fixture %s', async (_file, page) => {
		const snapshot = await openFixture(suite, page);
		await screenshot(suite.pageTab, `panel-${page.file.replace(/\.html$/, '')}`);
		if (snapshot.hostPresent && !snapshot.shadowOpen) {
			throw new Error('The panel host has a closed shadow root: the E2E suites need `npm run build:e2e`');
		}
		expect(panelProblems(page, snapshot)).toEqual([]);
		if (isBlockedPage(page)) expect(snapshot.quotes).toEqual([]);
	});

	test('no panel on a search page of a supported site', async () => {
		await suite.pageTab.goto(SEARCH_PAGE.url);
		// The E2E build marks the page read (html[data-cl-read]; 0 readings: no seller page here).
		const read = await pollUntil(
			() => suite.pageTab.evaluate((name) => document.documentElement.getAttribute(name), 'data-cl-read'),
			(value) => value !== null,
		);
		expect(read).toBe('0');
		const snapshot = await readPanel(suite.pageTab);
		expect(snapshot.panel).toBeNull();
		expect(snapshot.visible).toBe(false);
	});

	const hostilePages = suite.pages.filter(hasHostileText);
	test('the fixtures include a page whose shop name holds markup', () => {
		expect(hostilePages.map((p) => p.file)).not.toEqual([]);
	});
	for (const page of hostilePages) {
		test(`hostile shop name on ${page.file} is shown as text and never runs`, async () => {
			await openFixture(suite, page);
			await sleep(500);
			const snapshot = await readPanel(suite.pageTab);
			expect(snapshot.facts.shopName?.replace(/\s+/g, '')).toContain(
				String(page.expected.shopName).replace(/\s+/g, ''),
			);
			expect(snapshot.xssFired).toBeNull();
		});
	}

	test('destination and weight saved in the popup reach the database and read back', async () => {
		const tab = suite.extensionTab;
		await openPopup(tab);
		await setParcelDefaults(tab, GUANGDONG, '2.5');
		await screenshot(tab, 'popup');
		if (stored) {
			await expect
				.poll(() => stored().settings(), { timeout: 5000 })
				.toMatchObject({ defaultDestination: GUANGDONG, defaultWeightGrams: 2500 });
		}
		await tab.gotoExtensionPage('options.html'); // leave the popup, then open it afresh
		await openPopup(tab);
		await expect.poll(() => controlValue(tab, POPUP.destination), { timeout: 5000 }).toBe(GUANGDONG);
		expect(Number(await controlValue(tab, POPUP.weightKg))).toBe(2.5);
		await setParcelDefaults(tab, BEIJING, '1');
	});

	test('a Xinjiang destination chosen in the popup raises costs in the open panel without a reload', async () => {
		await openPopup(suite.extensionTab);
		await setParcelDefaults(suite.extensionTab, BEIJING, '1');
		const before = await pricingPanel();
		expect(before.quotes.length).toBeGreaterThan(0);
		const token = await markDocument(suite.pageTab);
		await setControl(suite.extensionTab, POPUP.destination, XINJIANG);
		const after = await waitForPanelChange(suite.pageTab, (s) => costOf(s, 'zto') !== costOf(before, 'zto'));
		const higher = REQUIRED_CARRIERS.filter((c) => costOf(after, c) > costOf(before, c));
		const lower = REQUIRED_CARRIERS.filter((c) => costOf(after, c) < costOf(before, c));
		expect(await isSameDocument(suite.pageTab, token)).toBe(true);
		expect(lower).toEqual([]);
		expect(higher.length).toBeGreaterThanOrEqual(5);
		await setControl(suite.extensionTab, POPUP.destination, BEIJING);
	});

	const importFilesDir = () => {
		const dir = path.join(suite.artifacts, 'import-files');
		fs.mkdirSync(dir, { recursive: true });
		return dir;
	};
	const exampleFile = (format: 'json' | 'csv') => exampleContractFile(suite.session.buildDir, format);
	/**
	 * The example contracts cover some origins only, and the panel prices from the page's ship-from: import
	 * checks use a page shipping from a covered province, and expect exactly the covering carriers to switch.
	 */
	const importScenario = () => {
		const contracts = contractsInFile(exampleFile('json'));
		const covers = (c: ContractScope, origin: string | null) =>
			c.originProvinces.length === 0 || (!!origin && c.originProvinces.includes(origin));
		const originOf = (p: FixturePage) => (p.expected.shipFrom ? parseProvince(p.expected.shipFrom) : null);
		const page = suite.pages.find(
			(p) =>
				p.expected.pageType === 'item' && !/^hostile/.test(p.file) && contracts.some((c) => covers(c, originOf(p))),
		);
		if (!page)
			throw new Error(`No fixture ships from an origin the example contracts cover: ${JSON.stringify(contracts)}`);
		return { page, carriers: [...new Set(contracts.filter((c) => covers(c, originOf(page))).map((c) => c.carrier))] };
	};
	/** Imports a bad file and checks it is refused and that neither the panel nor the database changed. */
	const expectRejectedImport = async (file: string) => {
		const { page } = importScenario();
		const before = await openFixture(suite, page);
		const storedBefore = await stored?.().contracts();
		expect(await importContracts(suite.extensionTab, file)).toBe('false');
		const after = await openFixture(suite, page);
		expect(after.quotes).toEqual(before.quotes);
		if (stored) expect(await stored().contracts()).toEqual(storedBefore);
	};
	/** Imports a good file and checks the carriers it covers for the page's origin are now priced by contract. */
	const expectAppliedImport = async (file: string) => {
		const { page, carriers } = importScenario();
		expect(await importContracts(suite.extensionTab, file)).toBe('true');
		const after = await openFixture(suite, page);
		expect(carriers.filter((c) => quoteFor(after, c)?.source !== 'contract')).toEqual([]);
	};

	// Imports run before any quick contract exists, so the switch to contract prices is the import's doing.
	test('a truncated JSON import is rejected and changes nothing', async () => {
		await expectRejectedImport(writeTruncatedJson(exampleFile('json'), importFilesDir()));
	});

	test('a CSV import with one invalid row is rejected and changes nothing', async () => {
		await expectRejectedImport(writeCsvWithInvalidRow(exampleFile('csv'), importFilesDir()));
	});

	test('the example CSV import applies', async () => {
		await expectAppliedImport(exampleFile('csv'));
	});

	test('the example JSON import applies', async () => {
		await expectAppliedImport(exampleFile('json'));
		await screenshot(suite.extensionTab, 'options-after-import');
	});

	test('a quick ZTO contract saved in the popup reprices the open panel without a reload (1 kg: 200, 2.5 kg: 400)', async () => {
		await openPopup(suite.extensionTab);
		await setParcelDefaults(suite.extensionTab, BEIJING, '1');
		await pricingPanel();
		const token = await markDocument(suite.pageTab);
		await saveQuickContract(suite.extensionTab, 'zto', '2.00', '1.00');
		const at1kg = await waitForPanelChange(suite.pageTab, (s) => quoteFor(s, 'zto')?.source === 'contract');
		expect(quoteFor(at1kg, 'zto')).toMatchObject({ source: 'contract', costFen: '200' });
		await setControl(suite.extensionTab, POPUP.weightKg, '2.5');
		const at2500g = await waitForPanelChange(suite.pageTab, (s) => quoteFor(s, 'zto')?.costFen === '400');
		expect(quoteFor(at2500g, 'zto')).toMatchObject({ source: 'contract', costFen: '400' });
		expect(await isSameDocument(suite.pageTab, token)).toBe(true);
		await setControl(suite.extensionTab, POPUP.weightKg, '1');
	});

	test('accessibility: no serious or critical WCAG 2.2 AA violation in the panel', async () => {
		const snapshot = await pricingPanel();
		expect(snapshot.panel).not.toBeNull();
		const frame = await panelFrameOf(suite.pageTab);
		expect(await seriousAccessibilityViolations(frame, '[data-cl="panel"]')).toEqual([]);
	});

	test('accessibility: the panel over a page that declares a dark colour scheme is dark, with no serious violation', async () => {
		const tab = await suite.session.newTab();
		try {
			// The page declares `color-scheme: dark` on its root (set as soon as the parser creates it).
			await tab.addInitScript(() => {
				const declare = () => {
					if (document.documentElement) document.documentElement.style.colorScheme = 'dark';
					return !!document.documentElement;
				};
				if (!declare()) {
					const observer = new MutationObserver(() => declare() && observer.disconnect());
					observer.observe(document, { childList: true });
				}
			});
			await tab.bringToFront();
			await tab.goto(pricingPage.url);
			await waitForPanel(tab);
			const frame = await panelFrameOf(tab);
			const theme = await pollUntil(
				() => frame.evaluate(() => document.documentElement.dataset.theme ?? null, undefined),
				(value) => value === 'dark',
				5000,
			);
			expect(theme).toBe('dark');
			await screenshot(tab, 'panel-dark');
			expect(await seriousAccessibilityViolations(frame, '[data-cl="panel"]')).toEqual([]);
		} finally {
			await tab.close();
		}
	});

	test('accessibility: no serious or critical WCAG 2.2 AA violation in the popup', async () => {
		await openPopup(suite.extensionTab);
		expect(await seriousAccessibilityViolations(suite.extensionTab)).toEqual([]);
	});

	test('accessibility: no serious or critical WCAG 2.2 AA violation in the options page', async () => {
		await suite.extensionTab.gotoExtensionPage('options.html');
		await screenshot(suite.extensionTab, 'options');
		expect(await seriousAccessibilityViolations(suite.extensionTab)).toEqual([]);
	});

	test('keyboard only: build the preset contract in the editor (江浙沪 ¥2.5, 偏远 ¥8, 全国 ¥3.5 + ¥1)', async () => {
		const counts = await buildPresetContractByKeyboard(suite.extensionTab);
		recordTimings(suite.session.name, { presetContractByKeyboard: counts });
	});

	test('accessibility: no serious or critical WCAG 2.2 AA violation in the open contract editor', async () => {
		const tab = suite.extensionTab;
		await tab.gotoExtensionPage('options.html');
		await tab.evaluate(() => {
			document.querySelector<HTMLElement>('[data-cl="contract-new"]')?.click();
			document.querySelector<HTMLElement>('[data-cl="editor-preset"][data-preset="remote"]')?.click();
			document.querySelector<HTMLElement>('[data-cl="editor-preset"][data-preset="near"]')?.click();
			document.querySelector<HTMLElement>('[data-cl="editor-preset"][data-preset="custom"]')?.click();
		}, undefined);
		await screenshot(tab, 'options-editor');
		expect(await seriousAccessibilityViolations(tab)).toEqual([]);
	});

	test('timing: DOMContentLoaded to panel ready on the largest fixture (median of 7 loads)', async () => {
		const page = pickLargestItemPage(suite.pages);
		const tab = await suite.session.newTab();
		try {
			await tab.addInitScript(recordPanelTimingInPage);
			await tab.bringToFront();
			const delays: number[] = [];
			for (let i = 0; i < 7; i++) {
				await tab.goto(page.url);
				await waitForPanel(tab);
				const delay = await panelDelayAfterDomContentLoaded(tab);
				if (delay === null) break; // the panel never settled: one load says enough
				delays.push(delay);
			}
			recordTimings(suite.session.name, {
				fixture: page.file,
				fixtureBytes: page.sizeBytes,
				panelReadyAfterDomContentLoadedMs: {
					median: delays.length ? Number(median(delays).toFixed(1)) : null,
					samples: delays.map((d) => Number(d.toFixed(1))),
				},
			});
			expect(delays.length).toBe(7);
		} finally {
			await tab.close();
		}
	});

	test('timing: the options page with 1,000 contracts, navigation to the first rows drawn (median of 5 loads)', async () => {
		const tab = await suite.session.newTab();
		try {
			await tab.bringToFront();
			// Away from the options page and the panel: both follow every change, and 1,000 deletes follow.
			await suite.extensionTab.gotoExtensionPage('popup.html');
			await suite.pageTab.goto('about:blank');
			const { few, many } = await optionsReadyWithManyContracts(tab, 5);
			const summary = (times: number[]) => ({ median: times.length ? median(times) : null, samples: times });
			recordTimings(suite.session.name, {
				optionsReadyMs: { withFewContracts: summary(few), with1000Contracts: summary(many) },
			});
			// Firefox runs no init script in extension pages over WebDriver BiDi: no samples there, in both cases.
			expect(many).toHaveLength(few.length);
			if (suite.session.name === 'chromium') expect(many).toHaveLength(5);
		} finally {
			await tab.close();
		}
	}, 180_000);
}
