import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { READING_BURST } from '../../../utils/background/tab-panels';
import type { ExtensionSuite } from './extension-suite';
import { pickPricingPage } from './fixtures';
import { expandPanel, panelFrameOf, readPanel, waitForPanel } from './panel';
import { type BrowserTab, pollUntil, sleep } from './session';

/** What a hostile page script records and keeps, in its own world, from before our content script runs. */
interface AttackWindow extends Window {
	__clKeys: string[];
	__clMessages: string[];
	__clInternals?: ElementInternals;
	__clRoots: ShadowRoot[];
	__clHost?: Element | null;
}

/**
 * Init script: the page's own attacker, first in every document. It records every key and typed character it
 * can see (capture phase, window and document) and every message posted to the page; it pre-defines the custom
 * element our panel used to be, keeping its ElementInternals (whose shadowRoot is the root even when closed);
 * and it patches attachShadow to keep every root made through it. Self-contained.
 */
function attackerInPage(): void {
	if (window !== window.top) return;
	const w = window as unknown as AttackWindow;
	w.__clKeys = [];
	w.__clMessages = [];
	w.__clRoots = [];
	for (const target of [window, document]) {
		for (const type of ['keydown', 'keypress', 'keyup'])
			target.addEventListener(type, (e) => w.__clKeys.push((e as KeyboardEvent).key), true);
		for (const type of ['beforeinput', 'input'])
			target.addEventListener(
				type,
				(e) => {
					const data = (e as InputEvent).data;
					if (typeof data === 'string') w.__clKeys.push(...data);
				},
				true,
			);
	}
	addEventListener(
		'message',
		(e) => {
			let data: string;
			try {
				data = JSON.stringify(e.data);
			} catch {
				data = String(e.data);
			}
			w.__clMessages.push(`${e.origin} ${data}`.slice(0, 500));
		},
		true,
	);
	customElements.define(
		'courier-lens',
		class extends HTMLElement {
			constructor() {
				super();
				w.__clInternals = this.attachInternals();
			}
		},
	);
	const attach = Element.prototype.attachShadow;
	Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
		const root = attach.call(this, init);
		w.__clRoots.push(root);
		return root;
	};
}

/**
 * In the page: every [data-cl=quote] and every character of text the page can reach through any shadow root it
 * holds or sees (internals, patched attachShadow, open roots) and any frame document it can open. Self-contained.
 */
function reachableFromPage(): { quotes: number; chars: number } {
	const w = window as unknown as AttackWindow;
	let quotes = 0;
	let chars = 0;
	const seen = new Set<Node>();
	const scan = (root: Document | ShadowRoot, depth: number) => {
		if (seen.has(root) || depth > 4) return;
		seen.add(root);
		quotes += root.querySelectorAll('[data-cl="quote"]').length;
		if (root !== document) {
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode())
				if (!/^(STYLE|SCRIPT)$/.test(n.parentNode?.nodeName ?? '')) chars += (n.nodeValue ?? '').trim().length;
		}
		for (const el of root.querySelectorAll('*')) {
			if (el.shadowRoot) scan(el.shadowRoot, depth + 1);
			if (el instanceof HTMLIFrameElement) {
				try {
					if (el.contentDocument) scan(el.contentDocument, depth + 1);
				} catch {}
			}
		}
	};
	for (const root of [w.__clInternals?.shadowRoot, ...w.__clRoots]) if (root) scan(root, 0);
	scan(document, 0);
	return { quotes, chars };
}

/** In the panel frame: texts it shows that are worth guessing (carrier names, prices, the title). */
function panelTextsInFrame(): string[] {
	const texts = [...document.querySelectorAll('[data-cl="quote"] .cl-carrier, [data-cl="quote"] .cl-cost strong')];
	return [
		...new Set([...texts, document.querySelector('.cl-title')].map((el) => el?.firstChild?.textContent?.trim() ?? '')),
	];
}

/**
 * In the page: window.find for each text (as a page would guess a contract price), then a control text of the
 * page itself, which must be found; from the control, the selection extended to the end of the document.
 */
function findInPage(texts: string[]): { found: string[]; control: boolean; extended: string } {
	const selection = getSelection();
	const find = (text: string) => {
		selection?.removeAllRanges();
		return (window as unknown as { find(s: string, ...flags: boolean[]): boolean }).find(text, false, false, true);
	};
	const absent = texts.filter((t) => t && !document.documentElement.outerHTML.includes(t));
	const found = absent.filter(find);
	// A visible text of the page itself: window.find works here.
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	let text = '';
	for (let n = walker.nextNode(); n && !text; n = walker.nextNode()) {
		const t = (n.nodeValue ?? '').trim();
		if (t.length >= 3 && t.length <= 30 && !/\s/.test(t) && n.parentElement?.checkVisibility()) text = t;
	}
	const control = !!text && find(text);
	selection?.modify('extend', 'forward', 'documentboundary');
	return { found, control, extended: String(selection) };
}

/** From the page, WXT's start-up signal and location change, as a page would forge them, `times` times. */
function forgeInPage({ ids, times }: { ids: string[]; times: number }): number {
	const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href*="shop"]')];
	const navigation = (window as unknown as { navigation?: EventTarget }).navigation;
	for (let i = 0; i < times; i++) {
		for (const a of links) a.href = `//shop${100_000 + i}.taobao.com/`;
		for (const id of ids) {
			const type = `${id}:storefront:wxt:content-script-started`;
			document.dispatchEvent(
				new CustomEvent(type, { detail: { contentScriptName: 'storefront', messageId: 'forged' } }),
			);
			window.postMessage({ type, contentScriptName: 'storefront', messageId: 'forged' }, '*');
		}
		window.dispatchEvent(new CustomEvent('wxt:locationchange', { detail: { newUrl: location.href } }));
		navigation?.dispatchEvent(new Event('currententrychange'));
		navigation?.dispatchEvent(new Event('navigate'));
		window.dispatchEvent(new PopStateEvent('popstate'));
		window.dispatchEvent(new HashChangeEvent('hashchange'));
		document.dispatchEvent(new Event('DOMContentLoaded'));
	}
	return times;
}

/** The hosts in the page and their data-cl-state. */
const hostStates = (tab: BrowserTab) =>
	tab.evaluate(
		() => [...document.querySelectorAll('[data-cl-host]')].map((h) => h.getAttribute('data-cl-state')),
		undefined,
	);
const oneReadyHost = (states: (string | null)[]) =>
	states.length === 1 && (states[0] === 'ready' || states[0] === 'partial');

/** In an extension page: rows the background has written for visited pages (every store but settings and contracts). */
async function visitRowsInExtensionPage(): Promise<number> {
	const db = await new Promise<IDBDatabase>((resolve, reject) => {
		const open = indexedDB.open('courier-lens');
		open.onsuccess = () => resolve(open.result);
		open.onerror = () => reject(open.error);
	});
	try {
		const stores = [...db.objectStoreNames].filter((s) => s !== 'settings' && s !== 'contracts');
		const counts = await Promise.all(
			stores.map(
				(s) =>
					new Promise<number>((resolve) => {
						const count = db.transaction(s).objectStore(s).count();
						count.onsuccess = () => resolve(count.result);
					}),
			),
		);
		return counts.reduce((a, b) => a + b, 0);
	} finally {
		db.close();
	}
}

/** In an extension page: estimates the background has made for the tab showing `url`. */
async function estimatesInExtensionPage(url: string): Promise<number | null> {
	const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
	const tab = (await api.tabs.query({})).find((t) => t.url === url);
	if (tab?.id === undefined) return null;
	const reply = (await api.runtime.sendMessage({ name: 'ui.getTabState', data: { tabId: tab.id } })) as {
		ok: boolean;
		value?: { estimates: number } | null;
	};
	return reply.ok ? (reply.value?.estimates ?? null) : null;
}

declare const chrome: {
	tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
	runtime: { sendMessage(m: unknown): Promise<unknown> };
};

/**
 * The attacks of the isolation issue, each run by a page script against the built extension: none may read,
 * silence or flood the panel. `ids` are what the page must never learn (the extension's id, its moz-extension
 * address).
 */
export function registerIsolationScenarios(suite: ExtensionSuite, ids: () => string[]): void {
	const page = pickPricingPage(suite.pages);
	/** A fresh tab for each group: its init script is the attacker. */
	const attacked = async (url: string) => {
		const tab = await suite.session.newTab();
		await tab.addInitScript(attackerInPage);
		await tab.bringToFront();
		await tab.goto(url);
		const panel = await waitForPanel(tab);
		expect(panel.panel?.state).toMatch(/^(ready|partial)$/);
		await expandPanel(tab);
		return tab;
	};

	describe('a hostile page reads nothing of the panel', () => {
		let tab: BrowserTab;
		beforeAll(async () => {
			tab = await attacked(`${page.url}&cl_attack=read`);
		});
		afterAll(() => tab?.close());

		test('a page that defined courier-lens first (attachInternals) and patched attachShadow reaches no panel text', async () => {
			await sleep(300);
			expect(await tab.evaluate(reachableFromPage, undefined)).toEqual({ quotes: 0, chars: 0 });
		});

		test('window.find does not see a price or carrier the panel shows; a text of the page is found', async () => {
			const texts = await (await panelFrameOf(tab)).evaluate(panelTextsInFrame, undefined);
			expect(texts.length).toBeGreaterThanOrEqual(3);
			const probe = await tab.evaluate(findInPage, texts);
			expect(probe.control).toBe(true);
			expect(probe.found).toEqual([]);
			// Extending the selection over the whole document reads none of it either.
			expect(texts.filter((t) => probe.extended.includes(t))).toEqual([]);
		});

		test("keys typed into the panel are not seen by the page's capture listeners", async () => {
			await tab.evaluate(() => {
				(window as unknown as AttackWindow).__clKeys.length = 0;
				// As a click would: the frame takes the focus first.
				document.querySelector('[data-cl-host]')?.shadowRoot?.querySelector<HTMLIFrameElement>('iframe')?.focus();
			}, undefined);
			const frame = await panelFrameOf(tab);
			const focused = await frame.evaluate(() => {
				const input = document.querySelector<HTMLInputElement>('input[data-cl="weight-kg"]');
				input?.focus();
				input?.select();
				return document.activeElement === input;
			}, undefined);
			expect(focused).toBe(true);
			await tab.type('2.5');
			expect(
				await frame.evaluate(
					() => document.querySelector<HTMLInputElement>('input[data-cl="weight-kg"]')?.value,
					undefined,
				),
			).toBe('2.5');
			expect(await tab.evaluate(() => (window as unknown as AttackWindow).__clKeys, undefined)).toEqual([]);
		});

		test('the page receives no message naming the extension', async () => {
			const messages = await tab.evaluate(() => (window as unknown as AttackWindow).__clMessages, undefined);
			const naming = messages.filter(
				(m) => /(chrome|moz)-extension:|wxt:/.test(m) || ids().some((id) => m.includes(id)),
			);
			expect(naming).toEqual([]);
		});
	});

	describe('a hostile page cannot silence or flood the panel', () => {
		let tab: BrowserTab;
		const url = `${page.url}&cl_attack=forge`;
		beforeAll(async () => {
			tab = await attacked(url);
		});
		afterAll(() => tab?.close());

		test("forged WXT start-up events, with the extension's own id, leave the panel alive", async () => {
			await tab.evaluate(forgeInPage, { ids: ids(), times: 1 });
			await sleep(1000);
			expect(await hostStates(tab)).toEqual([expect.stringMatching(/^(ready|partial)$/)]);
			expect((await readPanel(tab)).quotes.length).toBeGreaterThanOrEqual(9);
		});

		test('10,000 forged location changes, rewriting the shop each time: estimates stay bounded, no row is added', async () => {
			const ext = suite.extensionTab;
			await ext.gotoExtensionPage('popup.html');
			const before = {
				estimates: await ext.evaluate(estimatesInExtensionPage, url),
				rows: await ext.evaluate(visitRowsInExtensionPage, undefined),
			};
			expect(before.estimates).toBeGreaterThanOrEqual(1);
			await tab.evaluate(forgeInPage, { ids: ids(), times: 10_000 });
			await sleep(2500);
			const estimates = await ext.evaluate(estimatesInExtensionPage, url);
			expect((estimates ?? 0) - (before.estimates ?? 0)).toBeLessThanOrEqual(READING_BURST + 1);
			expect(await ext.evaluate(visitRowsInExtensionPage, undefined)).toBe(before.rows);
			expect(oneReadyHost(await hostStates(tab))).toBe(true);
		});
	});

	describe('the panel survives any re-render', () => {
		let tab: BrowserTab;
		beforeAll(async () => {
			tab = await attacked(`${page.url}&cl_attack=churn`);
		});
		afterAll(() => tab?.close());
		const back = () => pollUntil(() => hostStates(tab), oneReadyHost, 3000);

		test('body.innerHTML = … keeps exactly one host with a ready panel', async () => {
			await tab.evaluate(() => {
				const markup = document.body.innerHTML; // what a framework re-render writes back
				document.body.innerHTML = markup;
			}, undefined);
			expect(oneReadyHost(await back())).toBe(true);
		});

		test('a swapped <body> keeps exactly one host with a ready panel', async () => {
			await tab.evaluate(() => {
				const body = document.createElement('body');
				body.append(...document.body.cloneNode(true).childNodes);
				document.documentElement.replaceChild(body, document.body);
			}, undefined);
			expect(oneReadyHost(await back())).toBe(true);
		});

		test('<html> emptied and rebuilt: the host is back within a frame, then its panel is ready again', async () => {
			const within = await tab.evaluate(async () => {
				const w = window as unknown as AttackWindow;
				w.__clHost = document.querySelector('[data-cl-host]');
				const [head, body] = [document.head.cloneNode(true), document.body.cloneNode(true)];
				document.documentElement.replaceChildren(head, body);
				await new Promise((resolve) => requestAnimationFrame(resolve));
				const hosts = document.querySelectorAll('[data-cl-host]');
				return { hosts: hosts.length, same: hosts[0] === w.__clHost };
			}, undefined);
			expect(within).toEqual({ hosts: 1, same: true });
			expect(oneReadyHost(await back())).toBe(true);
		});

		test('100 re-renders of <body> and 100 SPA navigations: one host throughout, node count stable', async () => {
			const run = await tab.evaluate(async () => {
				const count = () => document.getElementsByTagName('*').length;
				const html = document.body.innerHTML;
				const before = count();
				const hosts = new Set<number>();
				const frame = () => new Promise((resolve) => setTimeout(resolve, 0));
				for (let i = 0; i < 100; i++) {
					document.body.innerHTML = html;
					await frame();
					hosts.add(document.querySelectorAll('[data-cl-host]').length);
				}
				for (let i = 0; i < 100; i++) {
					history.pushState({ i }, '', location.href);
					document.body.innerHTML = html;
					await frame();
					hosts.add(document.querySelectorAll('[data-cl-host]').length);
				}
				return { before, after: count(), hosts: [...hosts] };
			}, undefined);
			expect(run.hosts).toEqual([1]);
			expect(run.after).toBe(run.before);
			expect(oneReadyHost(await back())).toBe(true);
		});
	});
}
