import { type BrowserTab, pollUntil } from './session';

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
	/** A `<courier-lens>` host element is in the page. */
	hostPresent: boolean;
	/** Its shadow root is readable (the e2e build opens it; production closes it). */
	shadowOpen: boolean;
	/** The host takes up space on screen. */
	visible: boolean;
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

/** Reads the panel through the documented hooks. Runs in the page: self-contained, no imports. */
function readPanelInPage(): PanelSnapshot {
	const host = document.querySelector('courier-lens');
	const root = host?.shadowRoot ?? null;
	const panel = root?.querySelector('[data-cl="panel"]') ?? null;
	const rect = host?.getBoundingClientRect();
	const attr = (el: Element, name: string) => el.getAttribute(name);
	return {
		hostPresent: !!host,
		shadowOpen: !!root,
		visible: !!rect && rect.width > 0 && rect.height > 0,
		panel: panel
			? {
					platform: attr(panel, 'data-platform'),
					pageType: attr(panel, 'data-page-type'),
					state: attr(panel, 'data-state'),
				}
			: null,
		quotes: [...(root?.querySelectorAll('[data-cl="quote"]') ?? [])].map((q) => ({
			carrier: attr(q, 'data-carrier'),
			costFen: attr(q, 'data-cost-fen'),
			listFen: attr(q, 'data-list-fen'),
			source: attr(q, 'data-source'),
			reliability: attr(q, 'data-reliability'),
			lastMile: attr(q, 'data-last-mile'),
			rank: attr(q, 'data-rank'),
		})),
		payments: [...(root?.querySelectorAll('[data-cl="payment"]') ?? [])].map((p) => ({
			method: attr(p, 'data-method'),
			feeBp: attr(p, 'data-fee-bp'),
		})),
		facts: Object.fromEntries(
			[...(root?.querySelectorAll('[data-cl="fact"]') ?? [])].map((f) => [
				attr(f, 'data-name') ?? '',
				f.textContent ?? '',
			]),
		),
		xssFired: window.__xssFired ?? null,
	};
}

export const readPanel = (tab: BrowserTab): Promise<PanelSnapshot> => tab.evaluate(readPanelInPage, undefined);

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
 * (performance.now). Self-contained.
 */
export function recordPanelTimingInPage(): void {
	const observer = new MutationObserver(() => check());
	let watchedRoot: ShadowRoot | null = null;
	function check() {
		if (window.__clPanelSettledAt !== undefined) return;
		const root = document.querySelector('courier-lens')?.shadowRoot ?? null;
		if (root && root !== watchedRoot) {
			watchedRoot = root;
			observer.observe(root, { subtree: true, childList: true, attributes: true });
		}
		const state = root?.querySelector('[data-cl="panel"]')?.getAttribute('data-state');
		if (state === 'ready' || state === 'partial') {
			window.__clPanelSettledAt = performance.now();
			observer.disconnect();
		}
	}
	document.addEventListener('DOMContentLoaded', () => {
		window.__clDomContentLoadedAt = performance.now();
	});
	observer.observe(document, { subtree: true, childList: true });
	const frame = () => {
		check();
		if (window.__clPanelSettledAt === undefined) requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
}

/** Milliseconds from DOMContentLoaded to the panel settling in the current document, or null if it has not. */
export const panelDelayAfterDomContentLoaded = (tab: BrowserTab) =>
	tab.evaluate(() => {
		const { __clDomContentLoadedAt: dcl, __clPanelSettledAt: settled } = window;
		return dcl === undefined || settled === undefined ? null : settled - dcl;
	}, undefined);
