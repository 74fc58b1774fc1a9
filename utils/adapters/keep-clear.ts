/** Where an adapter's page keeps its purchase area and its product facts, measured or looked up at run time. */
import type { SiteAdapter } from './site-adapter';

/** A rectangle on screen, in CSS pixels. */
export interface ScreenRect {
	left: number;
	top: number;
	right: number;
	bottom: number;
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
 * as wide as its column however short the title; the panel beside a short title covers nothing of it.
 */
function contentRect(element: Element): ScreenRect | null {
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

/**
 * Screen rectangles of what the panel must not cover on this page (its adapter's `keepClear`: purchase
 * buttons, price, title), each the extent of what the element shows. Hidden elements show nothing and are
 * left out. Measuring forces layout: call it after the first paint (or from an IntersectionObserver callback),
 * never while the page is loading.
 */
export function keepClearRects(doc: Document, adapter: Pick<SiteAdapter, 'keepClear'>): ScreenRect[] {
	if (adapter.keepClear.length === 0) return [];
	return [...doc.querySelectorAll(adapter.keepClear.join(', '))].flatMap((element) => {
		const rect = contentRect(element);
		return rect ? [rect] : [];
	});
}
