/** Where an adapter's page keeps its purchase area and its product facts, measured or looked up at run time. */
import type { SiteAdapter } from './site-adapter';

/**
 * Screen rectangles of what the panel must not cover on this page (its adapter's `keepClear`: purchase
 * buttons, price, title). Hidden elements have no size and are left out. Measuring forces layout: call it
 * after the first paint (or from an IntersectionObserver callback), never while the page is loading.
 */
export function keepClearRects(doc: Document, adapter: Pick<SiteAdapter, 'keepClear'>): DOMRect[] {
	if (adapter.keepClear.length === 0) return [];
	return [...doc.querySelectorAll(adapter.keepClear.join(', '))]
		.map((element) => element.getBoundingClientRect())
		.filter((rect) => rect.width > 0 && rect.height > 0);
}

/** The element the facts render in (the adapter's first `productArea` entry that exists), else the body. */
export function productAreaOf(doc: Document, adapter: Pick<SiteAdapter, 'productArea'>): Element | null {
	for (const css of adapter.productArea) {
		const area = doc.querySelector(css);
		if (area) return area;
	}
	return doc.body;
}
