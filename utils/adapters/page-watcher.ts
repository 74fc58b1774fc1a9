import { findAdapter, readPage } from './registry';
import type { PageReading, SiteAdapter } from './site-adapter';

export interface WatchOptions {
	/** Quiet time after a mutation before re-reading; mutations during it join the same read. */
	debounceMs?: number;
	/** Re-reads allowed after the first read. */
	maxReads?: number;
	/** Stop watching this long after start, whatever the state. */
	budgetMs?: number;
	/** Reader, replaceable in tests. */
	read?: (doc: Document, url: URL) => PageReading | null;
}

/** Our own panel host: its mutations never make the page worth re-reading. */
const OWN_HOST = '[data-cl-host]';

/**
 * The element to observe: the adapter's product area (the first of its selectors present now), else the body.
 * A page's other regions (ads, recommendations, chat widgets) then cost nothing.
 */
export function productAreaOf(doc: Document, adapter: Pick<SiteAdapter, 'productArea'> | null): Element | null {
	for (const selector of adapter?.productArea ?? []) {
		const area = doc.querySelector(selector);
		if (area) return area;
	}
	return doc.body;
}

/**
 * Reads the page now, then re-reads after DOM mutations in the product area while facts are missing (late prices,
 * JD's filled-in delivery block, React re-mounts) and reports a reading only when it differs from the last one
 * reported. One MutationObserver on the product area (not the document), throttled to one read per `debounceMs`,
 * bounded by `maxReads` and `budgetMs` (30 s), stopped once nothing is missing, disconnected on abort. No polling.
 * SPA navigation is the caller's (`watchNavigation`): it aborts and starts a new watch.
 */
export function watchPage(
	doc: Document,
	url: URL | (() => URL),
	onReading: (reading: PageReading | null) => void,
	signal: AbortSignal,
	options: WatchOptions = {},
): void {
	const { debounceMs = 150, maxReads = 20, budgetMs = 30_000, read = readPage } = options;
	if (signal.aborted) return;
	const currentUrl = typeof url === 'function' ? url : () => url;
	let last = '';
	let reads = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let observer: MutationObserver | undefined;

	const stop = () => {
		observer?.disconnect();
		observer = undefined;
		clearTimeout(timer);
		clearTimeout(budget);
		signal.removeEventListener('abort', stop);
	};
	// Done when there is nothing more this page can tell: not a seller page, or every fact read.
	const settled = (r: PageReading | null) => r === null || (r.ok && r.facts.missing.length === 0);

	const run = (): PageReading | null => {
		timer = undefined;
		let r: PageReading | null;
		try {
			r = read(doc, currentUrl()); // readPage never throws; a custom reader or URL getter might
		} catch {
			stop();
			return null;
		}
		// What the page says, not how long it took to read: diagnostics alone never make a new reading.
		const key = JSON.stringify(r?.ok ? r.facts : r);
		if (key !== last) {
			last = key;
			onReading(r);
		}
		return r;
	};

	const budget = setTimeout(stop, budgetMs);
	signal.addEventListener('abort', stop);
	if (settled(run()) || signal.aborted) {
		stop();
		return;
	}

	const target = productAreaOf(doc, findAdapter(currentUrl()));
	if (!target) {
		stop();
		return;
	}
	observer = new MutationObserver((records) => {
		if (timer !== undefined) return;
		const relevant = records.some((m) => {
			const el = m.target.nodeType === 1 ? (m.target as Element) : m.target.parentElement;
			if (el?.closest(OWN_HOST)) return false;
			if (m.type !== 'childList') return true;
			const nodes = [...m.addedNodes, ...m.removedNodes];
			return nodes.length === 0 || !nodes.every((n) => n.nodeType === 1 && (n as Element).matches(OWN_HOST));
		});
		if (!relevant) return;
		timer = setTimeout(() => {
			reads++;
			if (settled(run()) || reads >= maxReads) stop();
		}, debounceMs);
	});
	observer.observe(target, {
		childList: true,
		subtree: true,
		characterData: true,
		attributes: true,
		// Attributes that reveal filled-in content (JD un-hides rows with style; tooltips carry text).
		attributeFilter: ['style', 'class', 'title', 'value', 'data-tips'],
	});
}

/**
 * Calls `onChange` (at most once per `debounceMs`) after the page's own SPA navigations: history.pushState,
 * replaceState, back and forward. Uses the Navigation API where the browser has it; elsewhere the trusted
 * popstate and hashchange events plus a look at the address when the body's children or the title change (what
 * an SPA does when it navigates). Events a page script dispatches itself (`isTrusted === false`) are ignored: a
 * page cannot make the panel re-read by forging them.
 */
export function watchNavigation(
	// The Navigation API's `navigation` (Chromium, recent Firefox) where the browser has it.
	win: Pick<Window, 'location' | 'document' | 'addEventListener'> & { navigation?: EventTarget },
	onChange: () => void,
	signal: AbortSignal,
	debounceMs = 100,
): void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let href = win.location.href;
	const changed = () => {
		if (timer !== undefined) return;
		timer = setTimeout(() => {
			timer = undefined;
			href = win.location.href;
			onChange();
		}, debounceMs);
	};
	signal.addEventListener('abort', () => clearTimeout(timer));
	const trusted = (event: Event) => {
		if (event.isTrusted) changed();
	};
	if (win.navigation) {
		win.navigation.addEventListener('currententrychange', trusted, { signal });
		return;
	}
	win.addEventListener('popstate', trusted, { signal });
	win.addEventListener('hashchange', trusted, { signal });
	const doc = win.document;
	const observer = new MutationObserver(() => {
		if (win.location.href !== href) changed();
	});
	for (const node of [doc.body, doc.querySelector('head > title')])
		if (node) observer.observe(node, { childList: true, characterData: true, subtree: node !== doc.body });
	signal.addEventListener('abort', () => observer.disconnect());
}
