/** Every adapter, and the one entry point that reads a page with the right one. */
import { alibaba1688Offer } from './alibaba-1688-offer';
import { jdItem } from './jd-item';
import { jdShop } from './jd-shop';
import { pddGoods } from './pdd-goods';
import type { PageReading, SiteAdapter } from './site-adapter';
import { taobaoItem } from './taobao-item';
import { taobaoShop } from './taobao-shop';
import { tmallItem } from './tmall-item';
import { tmallShop } from './tmall-shop';

/** Every adapter, explicitly. At most one accepts any URL (checked by the URL-matrix test). */
export const ADAPTERS: readonly SiteAdapter[] = [
	taobaoItem,
	tmallItem,
	taobaoShop,
	tmallShop,
	jdItem,
	jdShop,
	pddGoods,
	alibaba1688Offer,
];

/** Longest failure reason kept: enough for the error's name and first line, never a page's worth of text. */
const MAX_REASON_CHARS = 300;

/** The adapter for a seller page URL, or null for anything else (search, home, login, …). */
export function findAdapter(url: URL): SiteAdapter | null {
	for (const adapter of ADAPTERS) {
		try {
			if (adapter.matches(url)) return adapter;
		} catch {
			// A matcher bug must not take the others down.
		}
	}
	return null;
}

/**
 * Reads the page. null: not a seller page, by its URL or by what it shows (a removed item, a missing shop).
 * A failing adapter becomes `{ ok: false, reason }`, never a throw.
 */
export function readPage(doc: Document, url: URL): PageReading | null {
	const adapter = findAdapter(url);
	if (!adapter) return null;
	const started = performance.now();
	try {
		const reading = adapter.read(doc, url);
		if (!reading) return null;
		const readMs = performance.now() - started;
		const { facts, strategies } = reading;
		return { ok: true, facts, diagnostics: { adapterId: adapter.id, strategies, readMs } };
	} catch (error) {
		const reason = error instanceof Error ? `${adapter.id}: ${error.name}: ${error.message}` : `${adapter.id}: failed`;
		return { ok: false, platform: adapter.platform, adapterId: adapter.id, reason: reason.slice(0, MAX_REASON_CHARS) };
	}
}
