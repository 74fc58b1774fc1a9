/** Loads the fixture folder (the E2E harness serves the same files) and maps PageFacts onto expected.json's field conventions. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import type { PageFacts } from '../../utils/core/page-facts';

// A string, not new URL(): under happy-dom the global URL is the DOM's, which rejects file: URLs here.
const FIXTURE_DIR = `${join(dirname(fileURLToPath(import.meta.url)), 'fixtures')}/`;

export interface FixtureEntry {
	url: string;
	layout: string;
	expected: Record<string, unknown>;
	notes: string[];
}

export const EXPECTED: Record<string, FixtureEntry> = JSON.parse(readFileSync(`${FIXTURE_DIR}expected.json`, 'utf8'));

export const fixtureHtml = (file: string): string => readFileSync(`${FIXTURE_DIR}${file}`, 'utf8');

/**
 * Pages an adapter accepts by URL that show no product or shop (removed item, missing shop): they must read to no
 * reading, so they stay out of expected.json (whose every non-blocked entry must show a panel).
 */
export interface NonProductEntry {
	url: string;
	/** The adapter whose URL this is. */
	adapter: string;
	layout: string;
	notes: string[];
}

export const NON_PRODUCT_DIR = 'non-product/';

export const NON_PRODUCT: Record<string, NonProductEntry> = JSON.parse(
	readFileSync(`${FIXTURE_DIR}${NON_PRODUCT_DIR}pages.json`, 'utf8'),
);

/**
 * A parser for fixture pages whose documents load nothing, quietly: fixtures hold stylesheet links and iframes (the
 * markers of some pages), and a parsed page, as in a browser's DOMParser, must not fetch them or log that it did
 * not. Its window keeps what it built until closed: long fuzz runs take a new parser now and then.
 */
export function inertParser(): { parse: (html: string) => Document; close: () => Promise<void> } {
	const window = new Window({
		settings: {
			disableJavaScriptEvaluation: true,
			disableCSSFileLoading: true,
			disableIframePageLoading: true,
			disableJavaScriptFileLoading: true,
			handleDisabledFileLoadingAsSuccess: true,
		},
	});
	const parser = new window.DOMParser();
	return {
		parse: (html) => parser.parseFromString(html, 'text/html') as unknown as Document,
		close: () => window.happyDOM.close(),
	};
}

const fixtureParser = inertParser();

export const parseHtml = (html: string): Document => fixtureParser.parse(html);

/** The facts in expected.json's vocabulary: display strings, shippingFeeCny in yuan, badges as raw texts. */
export function asExpected(facts: PageFacts): Record<string, unknown> {
	return {
		platform: facts.platform,
		pageType: facts.pageType,
		blocked: facts.pageType === 'blocked',
		itemId: facts.itemId,
		title: facts.title,
		price: facts.price?.text ?? null,
		listPrice: facts.listPrice?.text ?? null,
		shopName: facts.shopName,
		shopId: facts.shopId,
		sellerId: facts.sellerId,
		shipFrom: facts.shipFrom?.raw ?? null,
		shippingFee: facts.shippingFee?.raw ?? null,
		shippingFeeCny: facts.shippingFee?.fen == null ? null : facts.shippingFee.fen / 100,
		deliveryPromise: facts.deliveryPromise,
		carrier: facts.carrier?.raw ?? null,
		weight: facts.weight?.raw ?? null,
		paymentBadges: facts.paymentBadges.map((b) => b.raw),
	};
}

/** Only the fields an expected entry states (shop pages state shop fields only). */
export function pickStated(
	actual: Record<string, unknown>,
	expected: Record<string, unknown>,
): Record<string, unknown> {
	return Object.fromEntries(Object.keys(expected).map((k) => [k, actual[k]]));
}

/** Files whose expected facts exist only after the page's own inline scripts ran (late render). */
export const isLate = (file: string): boolean => /late/.test(file);

/**
 * Serves a fixture as a real page: a happy-dom Window at the fixture URL with the page's inline scripts enabled
 * (fixture scripts are self-contained, no network). Close it with `window.happyDOM.close()`.
 */
export function servePage(file: string, url: string): Window {
	const window = new Window({
		url,
		settings: {
			enableJavaScriptEvaluation: true,
			// The scripts run are our own fixtures' (a late render), never untrusted code: the warning would only be noise.
			suppressInsecureJavaScriptEnvironmentWarning: true,
			disableIframePageLoading: true,
		},
	});
	window.document.write(fixtureHtml(file));
	return window;
}
