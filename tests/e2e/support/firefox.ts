import puppeteer, { type Browser, type ElementHandle, type Frame, type KeyInput, type Page } from 'puppeteer-core';
import { PANEL_IFRAME } from './panel';
import { FIREFOX_BUILD_DIR, requireBuild, requireExecutable } from './paths';
import { type BrowserSession, type BrowserTab, type Evaluator, pollUntil } from './session';

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'courier-lens@courier-lens.app';
/** Pinned through `extensions.webextensions.uuids`, so moz-extension:// addresses are known in advance. */
export const EXTENSION_UUID = '3b0e6c2a-5f1d-4c8e-9a70-c0d7e21e25a0';

export interface FirefoxSession extends BrowserSession {
	browser: Browser;
	extensionBaseUrl: string;
}

export interface FirefoxLaunchOptions {
	/** The fixture server's port: Firefox uses it as its HTTP proxy for every host. */
	port: number;
	extensionDir?: string;
}

/**
 * Firefox ESR driven over WebDriver BiDi by puppeteer-core, with the build installed as a temporary add-on.
 * `--remote-allow-system-access` lets BiDi navigate to moz-extension:// pages.
 */
export async function launchFirefox(options: FirefoxLaunchOptions): Promise<FirefoxSession> {
	const extensionDir = requireBuild(options.extensionDir ?? FIREFOX_BUILD_DIR);
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: requireExecutable(FIREFOX_PATH, 'apt-get install firefox-esr'),
		headless: true,
		args: ['--remote-allow-system-access'],
		defaultViewport: { width: 1280, height: 900 },
		extraPrefsFirefox: {
			'network.proxy.type': 1,
			'network.proxy.http': '127.0.0.1',
			'network.proxy.http_port': options.port,
			'network.proxy.no_proxies_on': '',
			'network.proxy.allow_hijacking_localhost': true,
			'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
		},
	});
	try {
		const installedId = await browser.installExtension(extensionDir);
		if (installedId !== GECKO_ID) throw new Error(`Installed add-on has id ${installedId}, expected ${GECKO_ID}`);
	} catch (error) {
		await browser.close();
		throw error;
	}
	const extensionBaseUrl = `moz-extension://${EXTENSION_UUID}/`;
	return {
		name: 'firefox',
		buildDir: extensionDir,
		browser,
		extensionBaseUrl,
		newTab: async () => firefoxTab(await browser.newPage(), extensionBaseUrl),
		close: () => browser.close(),
	};
}

function firefoxTab(page: Page, extensionBaseUrl: string): BrowserTab {
	return {
		goto: async (url) => {
			await page.goto(url, { waitUntil: 'domcontentloaded' });
		},
		// A moz-extension:// navigation never resolves over BiDi ("Frame detached" or a timeout): start it,
		// don't await it, and poll the document instead. The tab may already show this very page, complete:
		// mark the old document first so the poll waits for the new one.
		gotoExtensionPage: async (name) => {
			const url = new URL(name, extensionBaseUrl).href;
			await page
				.evaluate(() => {
					(window as { clLeaving?: boolean }).clLeaving = true;
				})
				.catch(() => {});
			void page.goto(url, { timeout: 5000 }).catch(() => {});
			const state = await pollUntil(
				() =>
					page.evaluate(() => ({
						href: location.href,
						ready: document.readyState,
						old: (window as { clLeaving?: boolean }).clLeaving === true,
					})),
				(s) => s.href === url && s.ready === 'complete' && !s.old,
				10_000,
			);
			if (state.href !== url || state.ready !== 'complete')
				throw new Error(`${url} did not load: ${JSON.stringify(state)}`);
		},
		reload: async () => {
			await page.reload({ waitUntil: 'domcontentloaded' });
		},
		evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
			page.evaluate(fn as (arg: unknown) => R, arg as unknown) as Promise<R>,
		evaluateSource: async (source) => {
			await page.evaluate(source);
		},
		// Over BiDi the frame reports its URL as about:blank, yet it can be evaluated (shared/notes P11).
		panelFrame: async () => {
			const handle = await page.evaluateHandle(PANEL_IFRAME);
			try {
				const frame = await (handle as ElementHandle<HTMLIFrameElement>).asElement()?.contentFrame();
				return frame ? frameEvaluator(frame) : null;
			} finally {
				await handle.dispose();
			}
		},
		type: (text) => page.keyboard.type(text),
		// `Shift+Tab`: modifiers held around the key, as Playwright reads the same string.
		press: async (key) => {
			const [last, ...modifiers] = key.split('+').reverse();
			for (const modifier of modifiers) await page.keyboard.down(modifier as KeyInput);
			await page.keyboard.press(last as KeyInput);
			for (const modifier of modifiers) await page.keyboard.up(modifier as KeyInput);
		},
		drag: async (from, to) => {
			await page.mouse.move(from.x, from.y);
			await page.mouse.down();
			// Small steps, as a hand moves: the frame must take the pointer capture before it leaves the frame.
			await page.mouse.move(to.x, to.y, { steps: 40 });
			await page.mouse.up();
		},
		setViewport: (width, height) => page.setViewport({ width, height }),
		addInitScript: async (fn) => {
			await page.evaluateOnNewDocument(fn);
		},
		uploadFile: async (selector, file) => {
			const input = await page.waitForSelector(selector, { timeout: 5000 });
			if (!input) throw new Error(`No ${selector}`);
			await (input as ElementHandle<HTMLInputElement>).uploadFile(file);
		},
		bringToFront: () => page.bringToFront(),
		screenshot: async (file) => {
			await page.screenshot({ path: file as `${string}.png` });
		},
		close: () => page.close(),
	};
}

function frameEvaluator(frame: Frame): Evaluator {
	return {
		evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
			frame.evaluate(fn as (arg: unknown) => R, arg as unknown) as Promise<R>,
		evaluateSource: async (source) => {
			await frame.evaluate(source);
		},
	};
}
