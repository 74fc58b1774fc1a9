import { readPage } from './registry';
import type { PageReading } from './site-adapter';

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

// Our own panel host: its mutations must not trigger re-reads of the page.
const OWN_HOST = 'courier-lens';

const isOwn = (node: Node): boolean => node.nodeName.toLowerCase() === OWN_HOST;

/**
 * Reads the page now, then re-reads after DOM mutations while facts are missing (late prices, JD's filled-in
 * delivery block, React re-mounts) and reports a reading only when it differs from the last one reported.
 * One MutationObserver, throttled to one read per `debounceMs`, bounded by `maxReads` and `budgetMs`, stopped
 * once nothing is missing, disconnected on abort. No polling. SPA navigation is the caller's: it aborts and
 * starts a new watch on `wxt:locationchange`.
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

	observer = new MutationObserver((records) => {
		if (timer !== undefined) return;
		const relevant = records.some((m) => {
			const el = m.target.nodeType === 1 ? (m.target as Element) : m.target.parentElement;
			if (el?.closest(OWN_HOST)) return false;
			if (m.type !== 'childList') return true;
			const nodes = [...m.addedNodes, ...m.removedNodes];
			return nodes.length === 0 || !nodes.every(isOwn);
		});
		if (!relevant) return;
		timer = setTimeout(() => {
			reads++;
			if (settled(run()) || reads >= maxReads) stop();
		}, debounceMs);
	});
	observer.observe(doc.documentElement, {
		childList: true,
		subtree: true,
		characterData: true,
		attributes: true,
		// Attributes that reveal filled-in content (JD un-hides rows with style; tooltips carry text).
		attributeFilter: ['style', 'class', 'title', 'value', 'data-tips'],
	});
}
