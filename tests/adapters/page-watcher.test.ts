// @vitest-environment happy-dom
// @vitest-environment-options {"url":"https://item.taobao.com/item.htm?id=723456789012"}
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { productAreaOf, watchNavigation, watchPage } from '../../utils/adapters/page-watcher';
import { findAdapter, readPage } from '../../utils/adapters/registry';
import type { PageReading } from '../../utils/adapters/site-adapter';
import { fixtureHtml, parseHtml } from './fixture-helpers';

const priceOf = (r: PageReading | null | undefined) => (r?.ok ? r.facts.price?.text : undefined);
const TAOBAO = new URL('https://item.taobao.com/item.htm?id=723456789012');
const JD = new URL('https://item.jd.com/11451415418.html');

/** The late-render fixture's own script, done by the test: React re-mounts the price node when the price arrives. */
function remountPrice(doc: Document, text: string) {
	const old = doc.querySelector('[class*="BasicContent--itemInfo--"] [class*="Price--priceText--"]');
	if (!old?.parentNode) throw new Error('no price node');
	const fresh = doc.createElement('span');
	fresh.className = old.className;
	fresh.textContent = text;
	old.parentNode.replaceChild(fresh, old);
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
});

describe('watchPage', () => {
	test('late price node replaced after load: one update, then disconnected on abort', async () => {
		const doc = parseHtml(fixtureHtml('hostile-taobao-spa-late-render.html'));
		const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
		const readings: (PageReading | null)[] = [];
		const controller = new AbortController();
		watchPage(
			doc,
			() => TAOBAO,
			(r) => readings.push(r),
			controller.signal,
			{ debounceMs: 50 },
		);

		expect(readings).toHaveLength(1);
		expect(readings[0]?.ok).toBe(true);
		expect(priceOf(readings[0])).toBeUndefined(); // "--" placeholder: unknown, never a decoy
		expect(readings[0]?.ok && readings[0].facts.missing).toContain('price');

		remountPrice(doc, '128.00');
		await vi.advanceTimersByTimeAsync(60);
		expect(readings).toHaveLength(2);
		expect(priceOf(readings[1])).toBe('128.00');

		// More mutations that change nothing: no new reading.
		doc.body.appendChild(doc.createElement('div'));
		await vi.advanceTimersByTimeAsync(60);
		expect(readings).toHaveLength(2);

		controller.abort();
		expect(disconnect).toHaveBeenCalled();
		remountPrice(doc, '99.00');
		await vi.advanceTimersByTimeAsync(60);
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
		watchPage(doc, JD, () => {}, controller.signal, { debounceMs: 10, maxReads: 3, read });
		// Where the watcher looks: the adapter's product area when the page has one.
		const watched = productAreaOf(doc, findAdapter(JD)) ?? doc.body;
		for (let i = 0; i < 40; i++) {
			watched.appendChild(doc.createElement('i'));
			await vi.advanceTimersByTimeAsync(5);
		}
		expect(read).toHaveBeenCalledTimes(4); // the first read + 3
		controller.abort();
	});

	test('stops after its time budget (30 s by default), whatever the page does', async () => {
		const doc = parseHtml(fixtureHtml('hostile-jd-item-unrendered.html'));
		const read = vi.fn(readPage);
		watchPage(doc, JD, () => {}, new AbortController().signal, { debounceMs: 10, read });
		const watched = productAreaOf(doc, findAdapter(JD)) ?? doc.body;
		watched.appendChild(doc.createElement('i'));
		await vi.advanceTimersByTimeAsync(100);
		expect(read).toHaveBeenCalledTimes(2); // still watching: the change was read
		await vi.advanceTimersByTimeAsync(30_000);
		const before = read.mock.calls.length;
		watched.appendChild(doc.createElement('i'));
		await vi.advanceTimersByTimeAsync(100);
		expect(read).toHaveBeenCalledTimes(before);
	});

	test('JD fills its price and delivery late: the reading follows', async () => {
		const doc = parseHtml(fixtureHtml('hostile-jd-item-unrendered.html'));
		const seen: (PageReading | null)[] = [];
		const controller = new AbortController();
		watchPage(doc, JD, (r) => seen.push(r), controller.signal, { debounceMs: 20 });
		expect(priceOf(seen[0])).toBeUndefined();
		const price = doc.querySelector('.price.J-p-11451415418');
		if (price) price.textContent = '15299.00';
		const fee = doc.querySelector('.J-dcashDesc');
		if (fee) fee.textContent = '免运费';
		await vi.advanceTimersByTimeAsync(30);
		expect(seen).toHaveLength(2);
		expect(priceOf(seen[1])).toBe('15299.00');
		expect(seen[1]?.ok && seen[1].facts.shippingFee).toEqual({ raw: '免运费', fen: 0 });
		controller.abort();
	});

	test('our own host changing is no reason to re-read', async () => {
		const doc = parseHtml(fixtureHtml('hostile-jd-item-unrendered.html'));
		const read = vi.fn(readPage);
		watchPage(doc, JD, () => {}, new AbortController().signal, { debounceMs: 10, read });
		const host = doc.createElement('div');
		host.setAttribute('data-cl-host', '');
		doc.body.append(host);
		host.setAttribute('style', 'top: 1px');
		host.remove();
		await vi.advanceTimersByTimeAsync(50);
		expect(read).toHaveBeenCalledTimes(1);
	});

	test("observes the adapter's product area when the page has one, else the body; never the whole document", () => {
		const doc = parseHtml('<html><body><div id="ads"></div><main id="item"><p>x</p></main></body></html>');
		expect(productAreaOf(doc, { productArea: ['#missing', '#item'] })?.id).toBe('item');
		expect(productAreaOf(doc, { productArea: ['#missing'] })).toBe(doc.body);
		expect(productAreaOf(doc, null)).toBe(doc.body);
		const observe = vi.spyOn(MutationObserver.prototype, 'observe');
		const jd = parseHtml(fixtureHtml('hostile-jd-item-unrendered.html'));
		watchPage(jd, JD, () => {}, new AbortController().signal);
		expect(observe).toHaveBeenCalledTimes(1);
		expect(observe.mock.calls[0]?.[0]).not.toBe(jd.documentElement);
	});

	test('an aborted signal reads nothing', () => {
		const controller = new AbortController();
		controller.abort();
		const seen: unknown[] = [];
		watchPage(document, new URL(location.href), (r) => seen.push(r), controller.signal);
		expect(seen).toEqual([]);
	});
});

describe('watchNavigation', () => {
	test('with the Navigation API: trusted entry changes only, a burst counts once; forged events do nothing', async () => {
		const navigation = new EventTarget();
		const onChange = vi.fn();
		const controller = new AbortController();
		const win = { navigation, location, document, addEventListener: window.addEventListener.bind(window) };
		watchNavigation(win, onChange, controller.signal, 100);
		for (let i = 0; i < 10_000; i++) navigation.dispatchEvent(new Event('currententrychange'));
		window.dispatchEvent(new Event('wxt:locationchange'));
		await vi.advanceTimersByTimeAsync(200);
		expect(onChange).not.toHaveBeenCalled();
		// A trusted event cannot be made in a test; one is passed through a stand-in.
		const trusted = new Event('currententrychange');
		Object.defineProperty(trusted, 'isTrusted', { value: true });
		for (let i = 0; i < 100; i++) navigation.dispatchEvent(trusted);
		await vi.advanceTimersByTimeAsync(200);
		expect(onChange).toHaveBeenCalledTimes(1);
		controller.abort();
		navigation.dispatchEvent(trusted);
		await vi.advanceTimersByTimeAsync(200);
		expect(onChange).toHaveBeenCalledTimes(1);
	});

	test('without it: an address change seen when the body changes; forged popstate does nothing', async () => {
		const onChange = vi.fn();
		const controller = new AbortController();
		const win = { location, document, addEventListener: window.addEventListener.bind(window) };
		watchNavigation(win, onChange, controller.signal);
		window.dispatchEvent(new PopStateEvent('popstate'));
		document.body.append(document.createElement('div'));
		await vi.advanceTimersByTimeAsync(200);
		expect(onChange).not.toHaveBeenCalled();
		history.pushState({}, '', '/item.htm?id=2');
		document.body.append(document.createElement('div'));
		await vi.advanceTimersByTimeAsync(200);
		expect(onChange).toHaveBeenCalledTimes(1);
		controller.abort();
	});
});
