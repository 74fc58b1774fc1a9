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
