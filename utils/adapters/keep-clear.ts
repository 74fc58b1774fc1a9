/** What the panel must not cover of a page's purchase area: what an element shows, measured at run time. */

import { productAreaOf } from './page-watcher';
import type { SiteAdapter } from './site-adapter';

/** A rectangle on screen, in CSS pixels. */
export interface ScreenRect {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/**
 * The page's elements to keep clear: those inside the product area, or in the whole page while none shows. A
 * recommendation grid repeats the price's class a thousand times (1,053 on the 12,441-element fixture); none of
 * it is the buy area, and observing it cost the page 4 ms.
 */
export function keepClearElements(doc: Document, adapter: Pick<SiteAdapter, 'keepClear' | 'productArea'>): Element[] {
	if (adapter.keepClear.length === 0) return [];
	const selector = adapter.keepClear.join(', ');
	const area = productAreaOf(doc, adapter);
	if (!area) return [...doc.querySelectorAll(selector)];
	return [...(area.matches(selector) ? [area] : []), ...area.querySelectorAll(selector)];
}

/** Text runs and controls measured per kept-clear element: the first few carry its visible content. */
const MAX_PARTS_PER_ELEMENT = 40;
/** What shows as itself rather than as text. */
const CONTROLS = 'img, svg, button, input, select, canvas, video';

const union = (a: ScreenRect | null, b: DOMRect): ScreenRect | null => {
	if (b.width <= 0 || b.height <= 0) return a;
	if (!a) return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
	return {
		left: Math.min(a.left, b.left),
		top: Math.min(a.top, b.top),
		right: Math.max(a.right, b.right),
		bottom: Math.max(a.bottom, b.bottom),
	};
};

/**
 * What an element shows: its text runs and its controls, not the empty stretch of a block. A title block is
 * as wide as its column however short the title; the panel beside a short title covers nothing of it. Measures
 * layout: call it where layout is done (an IntersectionObserver callback), never while the page is loading.
 */
export function contentRect(element: Element): ScreenRect | null {
	const doc = element.ownerDocument;
	if (element.matches(CONTROLS)) return union(null, element.getBoundingClientRect());
	let box: ScreenRect | null = null;
	let parts = 0;
	const range = doc.createRange();
	const texts = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
	for (let node = texts.nextNode(); node && parts < MAX_PARTS_PER_ELEMENT; node = texts.nextNode()) {
		if (!node.nodeValue?.trim()) continue;
		parts++;
		range.selectNodeContents(node);
		box = union(box, range.getBoundingClientRect());
	}
	for (const control of element.querySelectorAll(CONTROLS)) {
		if (parts++ >= MAX_PARTS_PER_ELEMENT) break;
		box = union(box, control.getBoundingClientRect());
	}
	return box;
}
