// @vitest-environment happy-dom
/**
 * Each adapter declares its page's purchase area (the panel must not cover it) and the area its facts render in
 * (the watcher observes it). On every item fixture: keepClear covers the title, the price and at least one purchase
 * control where the page has one, and productArea holds the title and the price (and the keep-clear elements
 * inside it, which are all the panel measures, still cover all three).
 */
import { describe, expect, test } from 'vitest';
import { keepClearElements } from '../../utils/adapters/keep-clear';
import { productAreaOf } from '../../utils/adapters/page-watcher';
import { findAdapter } from '../../utils/adapters/registry';
import { clean } from '../../utils/adapters/text-parsers';
import { EXPECTED, fixtureHtml, parseHtml } from './fixture-helpers';

/** What a purchase control says on these marketplaces. */
const PURCHASE = /^(?:立即购买|立即購買|加入购物车|立即订购|加入进货单|发起拼单|单独购买|打白条)$/;

/** Does this text show `wanted` (a title, or a price as a whole number: "79" is not in "1979")? */
const showing = (text: string | null, wanted: string): boolean =>
	/^[\d.]+$/.test(wanted)
		? new RegExp(`(?<![\\d.])${wanted.replace('.', '\\.')}(?!\\d)`).test(clean(text))
		: clean(text).includes(clean(wanted));

/** The innermost elements showing `wanted` (text or title attribute); none when only embedded data states it. */
function elementsShowing(doc: Document, wanted: string): Element[] {
	return [...doc.body.querySelectorAll('*')].filter(
		(el) =>
			(showing(el.textContent, wanted) || clean(el.getAttribute('title')) === clean(wanted)) &&
			![...el.children].some((child) => showing(child.textContent, wanted)),
	);
}

/** The page as displayed: script and style text shows nothing (a late script's "128.00" is not on screen yet). */
function visibleDom(html: string): Document {
	const doc = parseHtml(html);
	for (const el of doc.querySelectorAll('script, style, template, noscript')) el.remove();
	return doc;
}

/** Is one of `shown` inside one of `areas`? */
const covers = (areas: Element[], shown: Element[]) =>
	shown.some((el) => areas.some((area) => area === el || area.contains(el)));

const items = Object.entries(EXPECTED).filter(([, entry]) => entry.expected.pageType === 'item');

describe('keepClear and productArea on every item fixture', () => {
	for (const [file, entry] of items) {
		test(file, () => {
			const doc = visibleDom(fixtureHtml(file));
			const adapter = findAdapter(new URL(entry.url));
			if (!adapter) throw new Error(`no adapter for ${entry.url}`);
			const keepClear = [...doc.querySelectorAll(adapter.keepClear.join(', '))];
			const title = elementsShowing(doc, String(entry.expected.title));
			const price = entry.expected.price ? elementsShowing(doc, String(entry.expected.price)) : [];
			// Titles and prices that only the embedded data states are not on screen: nothing to keep clear.
			if (title.length) expect(covers(keepClear, title), 'keepClear covers the title').toBe(true);
			if (price.length) expect(covers(keepClear, price), 'keepClear covers the price').toBe(true);
			const controls = [...doc.body.querySelectorAll('a, button')].filter((el) => PURCHASE.test(clean(el.textContent)));
			if (controls.length) expect(covers(keepClear, controls), 'keepClear covers a purchase control').toBe(true);

			const area = productAreaOf(doc, adapter);
			// What the panel measures: the keep-clear elements of the product area still hold all three.
			const measured = keepClearElements(doc, adapter);
			if (title.length) expect(covers(measured, title), 'the product area keeps the title clear').toBe(true);
			if (price.length) expect(covers(measured, price), 'the product area keeps the price clear').toBe(true);
			if (controls.length) expect(covers(measured, controls), 'the product area keeps a control clear').toBe(true);
			if (area && area !== doc.body) {
				if (title.length) expect(covers([area], title), 'productArea holds the title').toBe(true);
				if (price.length) expect(covers([area], price), 'productArea holds the price').toBe(true);
			}
		});
	}

	test('the checks see something: most item fixtures show their title and price in the DOM', () => {
		let checked = 0;
		for (const [file, entry] of items) {
			const doc = visibleDom(fixtureHtml(file));
			const price = String(entry.expected.price ?? '');
			if (elementsShowing(doc, String(entry.expected.title)).length && elementsShowing(doc, price).length) checked++;
		}
		expect(checked).toBeGreaterThanOrEqual(items.length - 3);
	});
});
