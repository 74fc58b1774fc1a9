import { type BrowserTab, type Evaluator, pollUntil } from './session';

/** One `[data-cl="quote"]` row, attributes as strings exactly as the panel wrote them. */
export interface QuoteRow {
	carrier: string | null;
	costFen: string | null;
	listFen: string | null;
	source: string | null;
	reliability: string | null;
	lastMile: string | null;
	rank: string | null;
}

export interface PanelSnapshot {
	/** A `[data-cl-host]` element is in the page. */
	hostPresent: boolean;
	/** Its shadow root is readable (the e2e build opens it; production closes it). */
	shadowOpen: boolean;
	/** The host takes up space on screen and is shown. */
	visible: boolean;
	/** The host's `data-cl-state`, mirroring the panel's `data-state` (null while hidden or absent). */
	hostState: string | null;
	panel: { platform: string | null; pageType: string | null; state: string | null } | null;
	quotes: QuoteRow[];
	payments: { method: string | null; feeBp: string | null }[];
	facts: Record<string, string>;
	/** Set by hostile fixtures if any of their markup ever runs. */
	xssFired: unknown;
}

declare global {
	interface Window {
		__xssFired?: unknown;
		__clDomContentLoadedAt?: number;
		__clPanelSettledAt?: number;
		__clPageToken?: string;
	}
}

/** The panel's iframe, through the host's shadow root (open in the E2E build). Runs in the page. */
export const PANEL_IFRAME = () =>
	document.querySelector('[data-cl-host]')?.shadowRoot?.querySelector('iframe[data-cl="frame"]') ?? null;

type HostPart = Pick<PanelSnapshot, 'hostPresent' | 'shadowOpen' | 'visible' | 'hostState' | 'xssFired'>;
type FramePart = Pick<PanelSnapshot, 'panel' | 'quotes' | 'payments' | 'facts'>;

/** What the page shows of the panel: the host. Runs in the page: self-contained. */
function readHostInPage(): HostPart {
	const host = document.querySelector<HTMLElement>('[data-cl-host]');
	const rect = host?.getBoundingClientRect();
	return {
		hostPresent: !!host,
		shadowOpen: !!host?.shadowRoot,
		// Shown: a box on screen, not transparent (the host is transparent and inert until the panel has rendered).
		visible:
			!!host && !!rect && rect.width > 0 && rect.height > 0 && getComputedStyle(host).opacity !== '0' && !host.inert,
		hostState: host?.getAttribute('data-cl-state') ?? null,
		xssFired: window.__xssFired ?? null,
	};
}

/** The panel's hooks, read in the panel frame's document. Self-contained. */
function readPanelInFrame(): FramePart {
	const panel = document.querySelector('[data-cl="panel"]');
	const attr = (el: Element, name: string) => el.getAttribute(name);
	return {
		panel: panel
			? {
					platform: attr(panel, 'data-platform'),
					pageType: attr(panel, 'data-page-type'),
					state: attr(panel, 'data-state'),
				}
			: null,
		quotes: [...document.querySelectorAll('[data-cl="quote"]')].map((q) => ({
			carrier: attr(q, 'data-carrier'),
			costFen: attr(q, 'data-cost-fen'),
			listFen: attr(q, 'data-list-fen'),
			source: attr(q, 'data-source'),
			reliability: attr(q, 'data-reliability'),
			lastMile: attr(q, 'data-last-mile'),
			rank: attr(q, 'data-rank'),
		})),
		payments: [...document.querySelectorAll('[data-cl="payment"]')].map((p) => ({
			method: attr(p, 'data-method'),
			feeBp: attr(p, 'data-fee-bp'),
		})),
		facts: Object.fromEntries(
			[...document.querySelectorAll('[data-cl="fact"]')].map((f) => [attr(f, 'data-name') ?? '', f.textContent ?? '']),
		),
	};
}

const NO_PANEL: FramePart = { panel: null, quotes: [], payments: [], facts: {} };

/** Reads the panel through the documented hooks: the host in the page, the rest in the panel frame. */
export async function readPanel(tab: BrowserTab): Promise<PanelSnapshot> {
	const host = await tab.evaluate(readHostInPage, undefined);
	const frame = host.shadowOpen ? await tab.panelFrame() : null;
	return { ...host, ...(frame ? await frame.evaluate(readPanelInFrame, undefined) : NO_PANEL) };
}

/** The panel frame of a tab, waiting for it to exist. */
export async function panelFrameOf(tab: BrowserTab): Promise<Evaluator> {
	const frame = await pollUntil(
		() => tab.panelFrame(),
		(f) => f !== null,
		5000,
	);
	if (!frame) throw new Error('no panel frame (iframe[data-cl="frame"] in the host\'s shadow root)');
	return frame;
}

/**
 * Waits until the panel has left `loading`. With `preferReady`, keeps waiting for `ready` (a page that renders
 * late may be `partial` first) and settles for whatever it shows at the deadline.
 */
export async function waitForPanel(
	tab: BrowserTab,
	{ timeoutMs = 8000, preferReady = false } = {},
): Promise<PanelSnapshot> {
	const left = (s: PanelSnapshot) => !!s.panel?.state && s.panel.state !== 'loading';
	const first = await pollUntil(() => readPanel(tab), left, timeoutMs);
	if (!preferReady || first.panel?.state === 'ready') return first;
	return pollUntil(
		() => readPanel(tab),
		(s) => s.panel?.state === 'ready',
		5000,
	);
}

/**
 * Expands the panel with its toggle, as a merchant would, when it started collapsed: it does where expanded it
 * would cover the page's title, price or buy buttons (README, architecture: "Geometry").
 */
export async function expandPanel(tab: BrowserTab): Promise<void> {
	const frame = await panelFrameOf(tab);
	const collapsed = () =>
		frame.evaluate(
			() => document.querySelector('[data-cl="panel"]')?.getAttribute('data-collapsed') ?? null,
			undefined,
		);
	if ((await collapsed()) !== 'true') return;
	await frame.evaluate(
		() => document.querySelector<HTMLElement>('[data-cl="panel"] [aria-expanded]')?.click(),
		undefined,
	);
	const now = await pollUntil(collapsed, (value) => value === 'false', 3000);
	if (now !== 'false') throw new Error('the panel did not expand from its toggle');
	// Expanded over the buy area at the merchant's request, it shows: the host is neither inert nor transparent.
	const shown = await pollUntil(
		() =>
			tab.evaluate(() => {
				const host = document.querySelector<HTMLElement>('[data-cl-host]');
				return !!host && !host.inert && getComputedStyle(host).opacity === '1';
			}, undefined),
		Boolean,
		3000,
	);
	if (!shown) throw new Error('the expanded panel stays hidden (inert or transparent)');
}

export const quoteFor = (s: PanelSnapshot, carrier: string) => s.quotes.find((q) => q.carrier === carrier);
export const costOf = (s: PanelSnapshot, carrier: string) => Number(quoteFor(s, carrier)?.costFen ?? Number.NaN);

/** Waits, without reloading, until the open panel shows what `done` expects. */
export const waitForPanelChange = (tab: BrowserTab, done: (s: PanelSnapshot) => boolean, timeoutMs = 5000) =>
	pollUntil(() => readPanel(tab), done, timeoutMs);

/**
 * Marks the current document; `isSameDocument` later tells whether the tab was reloaded since, which proves a
 * change reached the panel live.
 */
export async function markDocument(tab: BrowserTab): Promise<string> {
	const token = Math.random().toString(36).slice(2);
	await tab.evaluate((t) => {
		window.__clPageToken = t;
	}, token);
	return token;
}

export const isSameDocument = async (tab: BrowserTab, token: string) =>
	(await tab.evaluate(() => window.__clPageToken ?? null, undefined)) === token;

/**
 * Init script: notes DOMContentLoaded and the first moment the panel is ready or partial, in page time
 * (performance.now), from the host's `data-cl-state`. Self-contained.
 */
export function recordPanelTimingInPage(): void {
	if (window !== window.top) return;
	const observer = new MutationObserver(() => check());
	function check() {
		if (window.__clPanelSettledAt !== undefined) return;
		const state = document.querySelector('[data-cl-host]')?.getAttribute('data-cl-state');
		if (state === 'ready' || state === 'partial') {
			window.__clPanelSettledAt = performance.now();
			observer.disconnect();
		}
	}
	document.addEventListener('DOMContentLoaded', () => {
		window.__clDomContentLoadedAt = performance.now();
	});
	observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-cl-state'] });
}

/** Milliseconds from DOMContentLoaded to the panel settling in the current document, or null if it has not. */
export const panelDelayAfterDomContentLoaded = (tab: BrowserTab) =>
	tab.evaluate(() => {
		const { __clDomContentLoadedAt: dcl, __clPanelSettledAt: settled } = window;
		return dcl === undefined || settled === undefined ? null : settled - dcl;
	}, undefined);
