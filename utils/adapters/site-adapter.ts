/** The contract every site adapter fulfils, and what a reading of a page is. */
import type { Platform } from '../core/ids';
import type { FactName, PageFacts } from '../core/page-facts';
import type { Selectors } from './dom';

/**
 * Which reading strategy supplied a fact: the page's embedded data (inline script state, meta tags), its rendered
 * DOM, or its address (the item id in the URL).
 */
export type FactStrategy = 'embedded' | 'dom' | 'url';

/** What an adapter read off a page: the facts and, for each fact read, the strategy that supplied it. */
export interface AdapterReading {
	facts: PageFacts;
	strategies: Partial<Record<FactName, FactStrategy>>;
}

/**
 * One marketplace page family. DOM only: no browser APIs, no page-world code. Its test URLs live beside it in
 * `<id>.urls.ts`, which nothing in the product imports (they stay out of the content script).
 */
export interface SiteAdapter {
	/** Equals the file name without `.ts`. */
	id: string;
	platform: Platform;
	/** URL only, pure; http and https both. */
	matches(url: URL): boolean;
	/**
	 * Reads the page. null: the URL is this adapter's but the page shows no product or shop (a removed or 下柜
	 * item, a shop that does not exist): nothing to estimate. May throw: the registry turns that into a failure.
	 */
	read(doc: Document, url: URL): AdapterReading | null;
	/**
	 * The page's own purchase area — buy and cart buttons, price, title — per supported layout. The panel never
	 * covers what these match. CSS only: the content script measures them.
	 */
	keepClear: readonly string[];
	/**
	 * Where the product's facts render, per supported layout, most specific first. The page watcher observes the
	 * first that exists instead of the whole document; no match: the body.
	 */
	productArea: readonly string[];
	/**
	 * Every selector list the adapter reads by (fact fallbacks, layout anchors, blocked and gone markers, keepClear
	 * and productArea), with its inferred marks: the coverage test checks each entry against the fixtures.
	 */
	selectors: Readonly<Record<string, Selectors>>;
}

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
