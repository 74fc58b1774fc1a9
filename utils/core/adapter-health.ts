import type { FactName, PageType } from './page-facts';

/** How one reading of a page went: every fact the page type can show was read, some were not, or none (a throw). */
export const READING_OUTCOMES = ['complete', 'partial', 'failed'] as const;
export type ReadingOutcome = (typeof READING_OUTCOMES)[number];

/** Readings kept per adapter: enough to see a marketplace redesign, small enough never to matter for storage. */
export const READINGS_KEPT_PER_ADAPTER = 50;

/**
 * One reading as the adapter-health log keeps it. Page values never enter it: no query string, no shop name, no
 * price, no failure text (an exception's message may quote the page) — the page's host and path only.
 */
export interface AdapterReadingRecord {
	adapterId: string;
	/** ISO timestamp of the reading. */
	at: string;
	outcome: ReadingOutcome;
	pageType: PageType | null;
	/** Which strategy supplied each fact read: the page's embedded data, its DOM, or its address. */
	strategies: Partial<Record<FactName, 'embedded' | 'dom' | 'url'>>;
	/** Facts this page type can show that were not read (a shop page's missing price is not listed). */
	missing: FactName[];
	/** Milliseconds the reading took; null for a failure. */
	readMs: number | null;
	host: string;
	path: string;
}

/** Per adapter, how many of its last readings (at most READINGS_KEPT_PER_ADAPTER) were complete, partial or failed. */
export interface AdapterHealth {
	adapterId: string;
	complete: number;
	partial: number;
	failed: number;
	/** The latest reading's time and the facts it missed, for "what broke". */
	lastAt: string;
	lastMissing: FactName[];
}

/** Counts per adapter, most recently seen adapter first; `records` in any order. */
export function summarizeAdapterHealth(records: readonly AdapterReadingRecord[]): AdapterHealth[] {
	const byAdapter = new Map<string, AdapterHealth>();
	const sorted = [...records].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
	for (const record of sorted) {
		const health = byAdapter.get(record.adapterId) ?? {
			adapterId: record.adapterId,
			complete: 0,
			partial: 0,
			failed: 0,
			lastAt: record.at,
			lastMissing: record.missing,
		};
		health[record.outcome] += 1;
		byAdapter.set(record.adapterId, health);
	}
	return [...byAdapter.values()];
}

/** The host and path of a page address, nothing else (no query, no fragment, no credentials). */
export function hostAndPath(url: string): { host: string; path: string } {
	try {
		const parsed = new URL(url);
		return { host: parsed.host, path: parsed.pathname };
	} catch {
		return { host: '', path: '' };
	}
}
