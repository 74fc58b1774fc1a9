import type { PageReading } from '../adapters/site-adapter';
import { type AdapterReadingRecord, hostAndPath } from '../core/adapter-health';
import { factsNotRead } from '../core/page-facts';
import { addReading } from '../storage/adapter-health-store';
import type { CourierLensDatabase } from '../storage/database';

/**
 * What the adapter-health log keeps of a reading: outcome, strategies, missing facts and timing, with the page's
 * host and path only. `url` is the page's address (query and fragment are dropped here).
 */
export function readingRecord(reading: PageReading, url: string, at: string): AdapterReadingRecord {
	const { host, path } = hostAndPath(url);
	if (!reading.ok) {
		return {
			adapterId: reading.adapterId,
			at,
			outcome: 'failed',
			pageType: null,
			strategies: {},
			missing: [],
			readMs: null,
			host,
			path,
		};
	}
	const missing = factsNotRead(reading.facts);
	return {
		adapterId: reading.diagnostics.adapterId,
		at,
		outcome: missing.length === 0 ? 'complete' : 'partial',
		pageType: reading.facts.pageType,
		strategies: { ...reading.diagnostics.strategies },
		missing,
		readMs: Math.round(reading.diagnostics.readMs * 10) / 10,
		host,
		path,
	};
}

/**
 * Records one page reading in the adapter-health log (the last 50 per adapter are kept). The reading flow calls it
 * in the background once per distinct reading, after the reply; a failure to write must not cost the panel.
 */
export function recordReading(
	db: CourierLensDatabase,
	{ reading, url, at }: { reading: PageReading; url: string; at: string },
): Promise<void> {
	return addReading(db, readingRecord(reading, url, at));
}
