import { factExpectation } from './fact-expectations';
import type { Platform } from './ids';
import { FACT_NAMES, type FactName, type PageFacts, type PageType } from './page-facts';

/**
 * How a reading went, as the popup gets it (the adapters' ReadingDiagnostics): the adapter, the strategy that
 * supplied each fact read (`embedded` page data, `dom`, …) and how long the read took.
 */
export interface ReadingDiagnosticsView {
	adapterId: string;
	strategies: Partial<Record<FactName, string>>;
	readMs: number;
}

/** The popup's "this page" health block: what was read and how, what is missing and whether that is expected. */
export interface PageHealth {
	/** null when the page could not be read at all. */
	adapterId: string | null;
	pageType: PageType;
	/** Facts read, each with the strategy that supplied it (null when the adapter did not say). */
	read: { name: FactName; strategy: string | null }[];
	/** Facts this kind of page may show that were not read. */
	missing: FactName[];
	/** Of those, the ones a normal page of this kind always shows: what a marketplace redesign breaks first. */
	unexpected: FactName[];
	/** Facts this kind of page never shows (a shop page's price, a Taobao item's weight): not looked for. */
	notOnPageType: FactName[];
	readMs: number | null;
}

export function pageHealth(reading: {
	platform: Platform;
	pageType: PageType;
	facts: PageFacts | null;
	diagnostics: ReadingDiagnosticsView | null;
}): PageHealth {
	const { facts, diagnostics } = reading;
	const expectation = (name: FactName) => factExpectation(reading.platform, reading.pageType, name);
	const shown = FACT_NAMES.filter((name) => expectation(name) !== 'never');
	const missing = facts ? shown.filter((name) => facts.missing.includes(name)) : shown;
	return {
		adapterId: diagnostics?.adapterId ?? null,
		pageType: reading.pageType,
		read: facts
			? shown
					.filter((name) => !missing.includes(name))
					.map((name) => ({ name, strategy: diagnostics?.strategies[name] ?? null }))
			: [],
		missing,
		unexpected: missing.filter((name) => expectation(name) === 'always'),
		notOnPageType: FACT_NAMES.filter((name) => expectation(name) === 'never'),
		readMs: diagnostics ? Math.round(diagnostics.readMs * 10) / 10 : null,
	};
}

/** The browser and its major version from a user-agent string ("Firefox 128", "Chrome 131"); the UA otherwise. */
export function browserOf(userAgent: string): string {
	const named = [/(Firefox)\/(\d+)/, /(Edg)\/(\d+)/, /(Chrome)\/(\d+)/].map((pattern) => userAgent.match(pattern));
	const [, name, major] = named.find((match) => match !== null) ?? [];
	if (!name) return userAgent.slice(0, 120);
	return `${name === 'Edg' ? 'Edge' : name} ${major}`;
}

/** The page's host and path only: never its query string or fragment (ids, tracking, search terms). */
function pageOf(url: string): { host: string; path: string } {
	try {
		const parsed = new URL(url);
		return { host: parsed.host, path: parsed.pathname };
	} catch {
		return { host: '', path: '' };
	}
}

/** What the page showed, included only when the merchant ticks "include page values". */
function valuesOf(facts: PageFacts) {
	return {
		itemId: facts.itemId,
		title: facts.title,
		shopName: facts.shopName,
		shopId: facts.shopId,
		sellerId: facts.sellerId,
		priceFen: facts.price?.fen ?? null,
		listPriceFen: facts.listPrice?.fen ?? null,
		shippingFee: facts.shippingFee?.raw ?? null,
		shipFrom: facts.shipFrom?.raw ?? null,
		deliveryPromise: facts.deliveryPromise,
		carrier: facts.carrier?.raw ?? null,
		weight: facts.weight?.raw ?? null,
		paymentBadges: facts.paymentBadges.map((badge) => badge.raw),
	};
}

export interface DiagnosticReportInput {
	extensionVersion: string;
	browser: string;
	platform: string;
	health: PageHealth;
	facts: PageFacts | null;
	/** The merchant ticked "include page values": shop name, title, prices … are added. */
	includeValues: boolean;
}

/**
 * The diagnostic report the merchant can paste into an issue when a marketplace changed its pages. By default it
 * holds how the page was read and where (host and path), never what it showed: no query string, no shop name, no
 * prices. Built here, copied by the popup; nothing is sent anywhere.
 */
export function diagnosticReport(input: DiagnosticReportInput) {
	const { health, facts } = input;
	return {
		format: 'courier-lens-diagnostic',
		version: 1,
		extensionVersion: input.extensionVersion,
		browser: input.browser,
		platform: input.platform,
		pageType: health.pageType,
		page: facts ? pageOf(facts.url) : null,
		adapterId: health.adapterId,
		readMs: health.readMs,
		strategies: Object.fromEntries(health.read.map(({ name, strategy }) => [name, strategy])),
		missingFacts: health.missing,
		unexpectedlyMissing: health.unexpected,
		notOnPageType: health.notOnPageType,
		...(input.includeValues && facts ? { values: valuesOf(facts) } : {}),
	};
}

export const diagnosticReportText = (input: DiagnosticReportInput): string =>
	JSON.stringify(diagnosticReport(input), null, 2);
