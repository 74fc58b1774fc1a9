import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Frame, type Page, type Worker } from 'playwright-core';
import { PANEL_IFRAME } from './panel';
import { CHROME_BUILD_DIR, requireBuild, requireExecutable } from './paths';
import type { BrowserSession, BrowserTab, Evaluator } from './session';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ChromiumTab extends BrowserTab {
	page: Page;
}

export interface ChromiumSession extends BrowserSession {
	newTab(): Promise<ChromiumTab>;
	context: BrowserContext;
	/** The extension's MV3 service worker: it owns the Dexie database. */
	serviceWorker: Worker;
	extensionId: string;
	profileDir: string;
}

export interface ChromiumLaunchOptions {
	/** Host names to send to the fixture server. */
	hosts: string[];
	port: number;
	/** Reuse a profile to test a restart; a fresh temporary one by default. */
	profileDir?: string;
	extensionDir?: string;
}

export const newChromiumProfileDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'cl-e2e-chromium-'));

/**
 * Debian's chromium with the unpacked build loaded through a playwright-core persistent context (content
 * scripts do not run in Playwright's non-persistent contexts). Resolves once the service worker is up: a page
 * opened before that gets no content script (pitfall P2).
 */
export async function launchChromium(options: ChromiumLaunchOptions): Promise<ChromiumSession> {
	const extensionDir = requireBuild(options.extensionDir ?? CHROME_BUILD_DIR);
	const profileDir = options.profileDir ?? newChromiumProfileDir();
	const context = await chromium.launchPersistentContext(profileDir, {
		executablePath: requireExecutable(CHROMIUM_PATH, 'apt-get install chromium'),
		headless: true,
		locale: 'zh-CN',
		// The Chromium run is the Chinese one: with chromium-l10n installed, --lang and LANGUAGE make
		// chrome.i18n.getUILanguage() zh-CN, so the extension speaks Chinese (pitfall P10).
		env: { ...process.env, LANG: 'zh_CN.UTF-8', LANGUAGE: 'zh_CN' },
		viewport: { width: 1280, height: 900 },
		ignoreDefaultArgs: ['--disable-extensions'],
		args: [
			'--no-sandbox', // CI runs as root
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--lang=zh-CN',
			// The Debian wrapper puts an empty --load-extension first; these later flags win.
			`--disable-extensions-except=${extensionDir}`,
			`--load-extension=${extensionDir}`,
			`--host-resolver-rules=${options.hosts.map((h) => `MAP ${h} 127.0.0.1:${options.port}`).join(',')}`,
		],
	});
	const serviceWorker =
		context.serviceWorkers().find(isExtensionWorker) ??
		(await context
			.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 15_000 })
			.catch(() => undefined));
	if (!serviceWorker) {
		await context.close();
		throw new Error(
			'Chromium started but the extension has no service worker: Chrome rejected the build. ' +
				'Launch with --enable-logging=stderr to see why (a non-UTF-8 content script is the usual cause, pitfall P1).',
		);
	}
	const extensionId = new URL(serviceWorker.url()).host;
	return {
		name: 'chromium',
		buildDir: extensionDir,
		context,
		serviceWorker,
		extensionId,
		profileDir,
		newTab: async () => chromiumTab(await context.newPage(), extensionId),
		close: () => context.close(),
	};
}

function isExtensionWorker(worker: Worker): boolean {
	return worker.url().startsWith('chrome-extension://');
}

function chromiumTab(page: Page, extensionId: string): ChromiumTab {
	return {
		page,
		goto: async (url) => {
			await page.goto(url, { waitUntil: 'domcontentloaded' });
		},
		gotoExtensionPage: async (name) => {
			await page.goto(`chrome-extension://${extensionId}/${name}`, { waitUntil: 'load' });
		},
		reload: async () => {
			await page.reload({ waitUntil: 'domcontentloaded' });
		},
		// The page function is self-contained; the drivers' own typings of its argument add nothing here.
		evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
			page.evaluate(fn as (arg: unknown) => R, arg as unknown),
		evaluateSource: async (source) => {
			await page.evaluate(source);
		},
		panelFrame: async () => {
			const handle = await page.evaluateHandle(PANEL_IFRAME);
			try {
				const frame = await handle.asElement()?.contentFrame();
				return frame ? frameEvaluator(frame) : null;
			} finally {
				await handle.dispose();
			}
		},
		type: (text) => page.keyboard.type(text),
		press: (key) => page.keyboard.press(key),
		drag: async (from, to) => {
			await page.mouse.move(from.x, from.y);
			await page.mouse.down();
			// Small steps, as a hand moves: the frame must take the pointer capture before it leaves the frame.
			await page.mouse.move(to.x, to.y, { steps: 40 });
			await page.mouse.up();
		},
		setViewport: (width, height) => page.setViewportSize({ width, height }),
		addInitScript: async (fn) => {
			await page.addInitScript(fn);
		},
		uploadFile: (selector, file) => page.locator(selector).first().setInputFiles(file),
		bringToFront: () => page.bringToFront(),
		emulateColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
		screenshot: async (file) => {
			await page.screenshot({ path: file });
		},
		close: () => page.close(),
	};
}

function frameEvaluator(frame: Frame): Evaluator {
	return {
		evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
			frame.evaluate(fn as (arg: unknown) => R, arg as unknown),
		evaluateSource: async (source) => {
			await frame.evaluate(source);
		},
	};
}

/**
 * Records the isolated worlds our extension creates in a tab's frames (Chrome DevTools Protocol), which proves
 * the content script was injected even where it rightly shows nothing.
 */
export async function watchContentScriptWorlds(session: ChromiumSession, tab: ChromiumTab): Promise<() => number> {
	const cdp = await session.context.newCDPSession(tab.page);
	let worlds = 0;
	const origin = `chrome-extension://${session.extensionId}`;
	cdp.on('Runtime.executionContextCreated', ({ context }) => {
		if (context.origin === origin || context.name === origin) worlds += 1;
	});
	cdp.on('Runtime.executionContextsCleared', () => {
		worlds = 0;
	});
	await cdp.send('Runtime.enable');
	return () => worlds;
}

/**
 * Reads every row of one object store of the extension's `courier-lens` IndexedDB inside the service worker,
 * behind the UI's back. Returns [] when the database or store does not exist yet (without creating either).
 */
export function readExtensionStore(session: ChromiumSession, store: string): Promise<unknown[]> {
	return session.serviceWorker.evaluate(async (storeName) => {
		const names = (await indexedDB.databases()).map((d) => d.name);
		if (!names.includes('courier-lens')) return [];
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('courier-lens');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		try {
			if (!db.objectStoreNames.contains(storeName)) return [];
			return await new Promise<unknown[]>((resolve, reject) => {
				const all = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
				all.onsuccess = () => resolve(all.result);
				all.onerror = () => reject(all.error);
			});
		} finally {
			db.close();
		}
	}, store);
}
