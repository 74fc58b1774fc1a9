import type { Platform } from '../core/ids';
import type { PageFacts } from '../core/page-facts';

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
}

/** What the content script gets: facts, or why there are none. */
export type PageReading = { ok: true; facts: PageFacts } | { ok: false; platform: Platform; reason: string };

/** Web URL of either scheme: real pages are https, the E2E harness serves fixtures over http. */
export const isWeb = (url: URL): boolean => url.protocol === 'https:' || url.protocol === 'http:';
