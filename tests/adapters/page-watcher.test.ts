// @vitest-environment happy-dom
// @vitest-environment-options {"url":"https://item.taobao.com/item.htm?id=723456789012","settings":{"enableJavaScriptEvaluation":true}}
// JavaScript is enabled so the late-render fixture's own inline script runs, as on a served page.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { watchPage } from '../../utils/adapters/page-watcher';
import { readPage } from '../../utils/adapters/registry';
import type { PageReading } from '../../utils/adapters/site-adapter';
import { fixtureHtml, parseHtml } from './fixture-helpers';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const priceOf = (r: PageReading | null | undefined) => (r?.ok ? r.facts.price?.text : undefined);

afterEach(() => vi.restoreAllMocks());

describe('watchPage', () => {
	test('late price node replaced after load: one update, then disconnected on abort', async () => {
		document.write(fixtureHtml('hostile-taobao-spa-late-render.html'));
		const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
		const readings: (PageReading | null)[] = [];
		const controller = new AbortController();
		watchPage(
			document,
			() => new URL(location.href),
			(r) => readings.push(r),
			controller.signal,
			{ debounceMs: 50 },
		);

		expect(readings).toHaveLength(1);
		expect(readings[0]?.ok).toBe(true);
		expect(priceOf(readings[0])).toBeUndefined(); // "--" placeholder: unknown, never a decoy
		expect(readings[0]?.ok && readings[0].facts.missing).toContain('price');

		await sleep(1200); // the fixture replaces the node at 800 ms
		expect(readings).toHaveLength(2);
		expect(priceOf(readings[1])).toBe('128.00');

		// More mutations that change nothing: no new reading.
		document.body.appendChild(document.createElement('div'));
		await sleep(120);
		expect(readings).toHaveLength(2);

		controller.abort();
		expect(disconnect).toHaveBeenCalled();
		const panel = document.querySelector('[class*="BasicContent--itemInfo--"] [class*="Price--priceText--"]');
		if (panel) panel.textContent = '99.00';
		await sleep(120);
		expect(readings).toHaveLength(2);
	});

	test('stops at once when nothing is missing or the page is no seller page', () => {
		const observe = vi.spyOn(MutationObserver.prototype, 'observe');
		const doc = parseHtml('<html><body></body></html>');
		const seen: (PageReading | null)[] = [];
		watchPage(doc, new URL('https://s.taobao.com/search?q=x'), (r) => seen.push(r), new AbortController().signal);
		expect(seen).toEqual([null]);
		expect(observe).not.toHaveBeenCalled();
	});

	test('bounded: a page that keeps mutating is re-read at most maxReads times, one read per debounce window', async () => {
		const doc = parseHtml(fixtureHtml('hostile-jd-item-unrendered.html'));
		const read = vi.fn(readPage);
		const controller = new AbortController();
		watchPage(doc, new URL('https://item.jd.com/11451415418.html'), () => {}, controller.signal, {
			debounceMs: 10,
			maxReads: 3,
			read,
		});
		for (let i = 0; i < 40; i++) {
			doc.body.appendChild(doc.createElement('i'));
			await sleep(5);
		}
		expect(read.mock.calls.length).toBeLessThanOrEqual(4); // first read + 3
		expect(read.mock.calls.length).toBeGreaterThanOrEqual(2);
		controller.abort();
	});

	test('JD fills its price and delivery late: the reading follows', async () => {
		const doc = parseHtml(fixtureHtml('hostile-jd-item-unrendered.html'));
		const seen: (PageReading | null)[] = [];
		const controller = new AbortController();
		watchPage(doc, new URL('https://item.jd.com/11451415418.html'), (r) => seen.push(r), controller.signal, {
			debounceMs: 20,
		});
		expect(priceOf(seen[0])).toBeUndefined();
		const price = doc.querySelector('.price.J-p-11451415418');
		if (price) price.textContent = '15299.00';
		const fee = doc.querySelector('.J-dcashDesc');
		if (fee) fee.textContent = '免运费';
		await sleep(80);
		expect(seen).toHaveLength(2);
		expect(priceOf(seen[1])).toBe('15299.00');
		expect(seen[1]?.ok && seen[1].facts.shippingFee).toEqual({ raw: '免运费', fen: 0 });
		controller.abort();
	});

	test('an aborted signal reads nothing', () => {
		const controller = new AbortController();
		controller.abort();
		const seen: unknown[] = [];
		watchPage(document, new URL(location.href), (r) => seen.push(r), controller.signal);
		expect(seen).toEqual([]);
	});
});
