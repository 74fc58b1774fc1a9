import type { Platform } from '../core/ids';
import type { FactName, PageFacts } from '../core/page-facts';

/** One marketplace page family. DOM only: no browser APIs, no page-world code. */
export interface SiteAdapter {
	/** Equals the file name without `.ts`. */
	id: string;
	platform: Platform;
	/** Real URLs this adapter must accept; the URL-matrix test checks every other adapter rejects them. */
	testUrls: readonly string[];
	/** URL only, pure; http and https both. */
	matches(url: URL): boolean;
	/** Reads the page. May throw internally: the registry turns that into a typed failure. */
	read(doc: Document, url: URL): PageFacts;
	/**
	 * The page's own purchase area — buy and cart buttons, price, title — per supported layout. The panel
	 * never covers what these match. Selectors only: the content script measures them.
	 */
	keepClear: readonly string[];
	/**
	 * Where the product's facts render, per supported layout, most specific first. The page watcher observes
	 * the first that exists instead of the whole document; empty or no match: the body.
	 */
	productArea: readonly string[];
}

/** Which reading strategy supplied a fact: the page's embedded data (inline script state) or its rendered DOM. */
export type FactStrategy = 'embedded' | 'dom';

/** How a reading went, for the popup's health block and the adapter-health log. Holds no page values. */
export interface ReadingDiagnostics {
	adapterId: string;
	/** The strategy that supplied each fact that was read (facts not read are in `facts.missing`). */
	strategies: Partial<Record<FactName, FactStrategy>>;
	/** Time the read took, in milliseconds. */
	readMs: number;
}

/** What the content script gets: facts and how they were read, or why there are none. */
export type PageReading =
	| { ok: true; facts: PageFacts; diagnostics: ReadingDiagnostics }
	| { ok: false; platform: Platform; adapterId: string; reason: string };

/** Web URL of either scheme: real pages are https, the E2E harness serves fixtures over http. */
export const isWeb = (url: URL): boolean => url.protocol === 'https:' || url.protocol === 'http:';
