/**
 * Small DOM helpers shared by the adapters, and the shape of their selector lists. Read-only: text and attributes,
 * never markup. Queries go to the browser's own querySelector; the adapters' own walks (layout anchors, text) are
 * iterative and bounded, so a hostile page can make a reading cost little and never overflow the stack.
 */
import { factsShownOn } from '../core/fact-expectations';
import type { Platform } from '../core/ids';
import { type FactName, MAX_FACT_TEXT, MAX_PAYMENT_BADGES, type PageFacts, type PageType } from '../core/page-facts';
import type { AdapterReading, FactStrategy } from './site-adapter';
import { clean } from './text-parsers';

/**
 * A selector seen in no real markup (taken from scrapers, docs or naming): the coverage test lets it match no
 * fixture. Its comment carries a dated TODO saying when to check it against a real page.
 */
export interface Inferred {
	readonly inferred: string;
}

/**
 * One entry of a fact's fallback list: a CSS selector, read as the element's text, or `selector@attribute` to read
 * that attribute instead (the notation of shared/reference/pages.md). Each entry has one comment: the layout and
 * date it targets and the fixture it was seen in, or its TODO when inferred.
 */
export type Selector = string | Inferred;

/** A fallback list, most reliable first. */
export type Selectors = readonly Selector[];

export const cssOf = (entry: Selector): string => (typeof entry === 'string' ? entry : entry.inferred);

/** `[css, attribute]` of an entry (`attribute` null: read the text). */
export function splitEntry(entry: Selector): [css: string, attribute: string | null] {
	const text = cssOf(entry);
	const at = text.lastIndexOf('@');
	return at > text.lastIndexOf(']') ? [text.slice(0, at), text.slice(at + 1)] : [text, null];
}

/** The CSS of every entry, as the page's own querySelector takes them (`@attribute` dropped). */
export const cssList = (list: Selectors): string[] => list.map((entry) => splitEntry(entry)[0]);

type Root = Document | Element | null | undefined;

/** Levels below its root a walk descends at most: facts sit a few dozen levels deep, a hostile page nests thousands. */
const MAX_WALK_DEPTH = 80;

/** Elements one walk visits at most: the largest real item pages have about 20 000. */
const MAX_WALK = 100_000;

/**
 * Visits `root` and the elements under it in document order until `visit` returns true, and returns that element.
 * Iterative, and bounded: at most MAX_WALK elements, none deeper than MAX_WALK_DEPTH levels below the root.
 */
function walk(root: Element, visit: (el: Element) => boolean): Element | null {
	const stack: Element[] = [root];
	const depths: number[] = [0];
	for (let n = 0; n < MAX_WALK; n++) {
		const el = stack.pop();
		const depth = depths.pop() ?? 0;
		if (!el) return null;
		if (visit(el)) return el;
		if (depth >= MAX_WALK_DEPTH) continue;
		const children = el.children;
		for (let i = children.length - 1; i >= 0 && stack.length < MAX_WALK; i--) {
			stack.push(children[i] as Element);
			depths.push(depth + 1);
		}
	}
	return null;
}

/** `#id` alone, or the `#id` a selector starts from (`#J_Title .tb-main-title`). */
const ID_ONLY = /^#[\w-]+$/;
const LEADING_ID = /^#([\w-]+)(?![\w-])/;
/** `[class*="rightWrap--"]`: the hashed-class prefix match most entries of the React and ICE layouts use. */
const CLASS_PART = /^\[class\*="([^"\\]+)"\]$/;
/** `[data-spm="shop_block"]`: one attribute's exact value. */
const ATTRIBUTE_IS = /^\[([\w-]+)="([^"\\]*)"\]$/;

/** Longest class attribute tested against selectors: real ones are a few hundred characters, a hostile one megabytes. */
const MAX_CLASS_CHARS = 2_000;

/**
 * A test of one element against `css` for the walks, which test every element. An id, a class part or an attribute
 * value is compared directly (a DOM engine's matches() does far more work per call, and happy-dom also caches every
 * answer); elements with absurd class attributes never match.
 */
function matcher(css: string): (el: Element) => boolean {
	const id = ID_ONLY.test(css) ? css.slice(1) : null;
	const classPart = CLASS_PART.exec(css)?.[1];
	const [, attribute, value] = ATTRIBUTE_IS.exec(css) ?? [];
	return (el) => {
		if (id) return el.id === id;
		if (attribute) return el.getAttribute(attribute) === value;
		const cls = el.getAttribute('class') ?? '';
		return cls.length <= MAX_CLASS_CHARS && (classPart ? cls.includes(classPart) : el.matches(css));
	};
}

/**
 * First element matching `css` under `root` (the browser's own querySelector: native and fast). A selector that
 * starts from an id the page does not have is answered by an id lookup alone: most entries of other layouts are.
 */
export function $(root: Root, css: string): Element | null {
	if (!root) return null;
	const doc = 'documentElement' in root ? root : root.ownerDocument;
	const id = LEADING_ID.exec(css)?.[1];
	const byId = id ? doc.getElementById(id) : null;
	if (id && !byId) return null;
	if (byId && ID_ONLY.test(css)) return root === doc || root.contains(byId) ? byId : null;
	return root.querySelector(css);
}

/** Every element matching `css` under `root`, in document order, at most `max`. */
export function $all(root: Root, css: string, max: number): Element[] {
	return root ? [...root.querySelectorAll(css)].slice(0, max) : [];
}

/** First element matched by an entry of the list, in list order. */
export function firstMatch(root: Root, list: Selectors): Element | null {
	for (const entry of list) {
		const el = $(root, splitEntry(entry)[0]);
		if (el) return el;
	}
	return null;
}

/** Characters read from one element at most: every fact is cut to MAX_FACT_TEXT, price containers need a few. */
const MAX_TEXT_READ = 4 * MAX_FACT_TEXT;

/** Node types (the DOM's constants, named here so that no global `Node` is needed). */
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Nodes looked at for one element's text at most (a price or a title is a handful). */
const MAX_TEXT_NODES = 2_000;

/** The element's text content, collected iteratively, up to MAX_TEXT_READ characters and MAX_TEXT_NODES nodes. */
function boundedText(el: Element): string {
	let out = '';
	const stack: Node[] = [el];
	for (let n = 0; n < MAX_TEXT_NODES && out.length < MAX_TEXT_READ; n++) {
		const node = stack.pop();
		if (!node) break;
		if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) out += node.nodeValue ?? '';
		else if (node.nodeType === ELEMENT_NODE) {
			const children = node.childNodes;
			for (let i = children.length - 1; i >= 0 && stack.length < MAX_TEXT_NODES; i--) stack.push(children[i] as Node);
		}
	}
	return out.slice(0, MAX_TEXT_READ);
}

/**
 * Cleaned text of an element, null when it has none. Also null when nothing follows the element in the
 * document: a page still streaming in may have cut it ("￥10" of "￥10.01"), and unknown beats wrong.
 */
export function textOf(el: Element | null | undefined): string | null {
	if (!el) return null;
	let tail: Element | null = el;
	while (tail && !tail.nextElementSibling) tail = tail.parentElement;
	return tail ? clean(boundedText(el)) || null : null;
}

/** A cleaned attribute, null when absent or empty. */
export function attrOf(el: Element | null | undefined, name: string): string | null {
	return el ? clean(el.getAttribute(name)?.slice(0, MAX_TEXT_READ)) || null : null;
}

/** What one entry reads: its element's text, or the attribute it names. */
function entryValue(root: Root, entry: Selector): string | null {
	const [css, attribute] = splitEntry(entry);
	const el = $(root, css);
	return attribute ? attrOf(el, attribute) : textOf(el);
}

/** The first value an entry of the list yields under `root` (and `parse` accepts), in list order. */
export function readFirst(root: Root, list: Selectors): string | null;
export function readFirst<T>(root: Root, list: Selectors, parse: (text: string) => T | null): T | null;
export function readFirst<T>(root: Root, list: Selectors, parse?: (text: string) => T | null): T | string | null {
	for (const entry of list) {
		const text = entryValue(root, entry);
		const value = text === null || !parse ? text : parse(text);
		if (value !== null) return value;
	}
	return null;
}

/**
 * First element in document order under `root` (itself included) that matches an entry of the list. One walk that
 * stops at the first hit: querying each entry in turn would scan the whole page once per absent entry.
 */
export function findInOrder(root: Element | null | undefined, list: Selectors): Element | null {
	const tests = cssList(list).map(matcher);
	return root ? walk(root, (el) => tests.some((matches) => matches(el))) : null;
}

/** Computes once, on first use: DOM lookups only run for facts the embedded data did not supply. */
export function lazy<T>(compute: () => T): () => T {
	let done = false;
	let value: T | undefined;
	return () => {
		if (!done) {
			value = compute();
			done = true;
		}
		return value as T;
	};
}

/** `<meta name=… content="k=v;k2=v2">` as a map with lower-case keys (Taobao writes userId on shops, userid on items). */
export function metaPairs(doc: Document, name: string): Record<string, string> {
	const out: Record<string, string> = Object.create(null);
	const content = doc.head?.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '';
	for (const pair of content.slice(0, MAX_TEXT_READ).split(';')) {
		const eq = pair.indexOf('=');
		if (eq > 0) out[pair.slice(0, eq).trim().toLowerCase()] = pair.slice(eq + 1).trim();
	}
	return out;
}

/** Digits-only id, or null (ids are never 0: JD writes venderId:0 when it has none). */
export function numericId(v: string | null | undefined): string | null {
	const t = v?.trim();
	return t && /^\d{1,20}$/.test(t) && !/^0+$/.test(t) ? t : null;
}

/** A numeric id from the URL's query (`?id=…`, `?goods_id=…`), null when absent or not digits. */
export function fromUrl(url: URL, param: string): string | null {
	return numericId(url.searchParams.get(param));
}

/** Inline-styled `display:none` on the element (cheap: no layout, works in any DOM). */
export const isHidden = (el: Element | null): boolean =>
	!el || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '');

/** Children of <body> searched for interstitial markers at its top (a served interstitial)… */
const TOP_OF_BODY = 40;
/** …and at its end (an overlay appended over the page by script). */
const END_OF_BODY = 10;

/**
 * Does the page carry one of `markers`? `#id` markers are looked up anywhere (an id lookup is free); any other
 * selector only among the first and last children of <body>, where interstitials and overlays put their markup,
 * so that a normal page costs no whole-page scan.
 */
export function hasMarker(doc: Document, markers: Selectors): boolean {
	const css = cssList(markers);
	if (css.some((selector) => ID_ONLY.test(selector) && doc.getElementById(selector.slice(1)))) return true;
	const others = css.filter((selector) => !ID_ONLY.test(selector)).map(matcher);
	const children = [...(doc.body?.children ?? [])];
	const edges =
		children.length > TOP_OF_BODY + END_OF_BODY
			? [...children.slice(0, TOP_OF_BODY), ...children.slice(-END_OF_BODY)]
			: children;
	return edges.some((el) => others.some((matches) => matches(el)));
}

/** Which strategy supplied each fact of one reading. */
export type Strategies = Partial<Record<FactName, FactStrategy>>;

/**
 * Notes where each fact came from while an adapter reads. `log.embedded('title', data) ?? log.dom('title', read())`
 * keeps the DOM read lazy and records the strategy of whichever value is used.
 */
export class StrategyLog {
	readonly strategies: Strategies = {};

	private note<T>(name: FactName, strategy: FactStrategy, value: T | null | undefined): T | null {
		const known = value ?? null;
		if (known !== null && !(Array.isArray(known) && known.length === 0)) this.strategies[name] = strategy;
		return known;
	}

	embedded<T>(name: FactName, value: T | null | undefined): T | null {
		return this.note(name, 'embedded', value);
	}

	dom<T>(name: FactName, value: T | null | undefined): T | null {
		return this.note(name, 'dom', value);
	}

	url<T>(name: FactName, value: T | null | undefined): T | null {
		return this.note(name, 'url', value);
	}

	/** A fact worked out from another fact's text (the carrier named in the fee): it shares that one's strategy. */
	from<T>(name: FactName, source: FactName, value: T | null | undefined): T | null {
		const strategy = this.strategies[source];
		return strategy ? this.note(name, strategy, value) : (value ?? null);
	}
}

/** The facts an adapter read: absent or null when unknown. */
export type Draft = { [K in FactName]?: PageFacts[K] | null };

/** A text cut to MAX_FACT_TEXT with an ellipsis: one absurd field must not cost the whole reading. */
const cap = (text: string): string => (text.length > MAX_FACT_TEXT ? `${text.slice(0, MAX_FACT_TEXT - 1)}…` : text);

/** A fact with every text it carries capped: a string, the `raw`/`text` of a structured fact, each badge's. */
function capped<T>(value: T): T {
	if (typeof value === 'string') return cap(value) as T;
	if (Array.isArray(value)) return value.map(capped) as T;
	if (value === null || typeof value !== 'object') return value;
	const copy: Record<string, unknown> = { ...(value as object) };
	for (const key of ['raw', 'text']) if (typeof copy[key] === 'string') copy[key] = cap(copy[key]);
	return copy as T;
}

/**
 * Completes a draft into PageFacts and pairs it with the strategies that supplied it. Unknown fields are null,
 * facts this kind of page never shows are dropped (utils/core/fact-expectations.ts), and those it may show but did
 * not are listed in `missing`.
 */
export function buildReading(
	platform: Platform,
	pageType: PageType,
	url: URL,
	draft: Draft,
	log: StrategyLog = new StrategyLog(),
): AdapterReading {
	const shown = factsShownOn(platform, pageType);
	const fact = <K extends FactName>(name: K): PageFacts[K] | null =>
		shown.includes(name) ? capped(draft[name] ?? null) : null;
	const facts: PageFacts = {
		platform,
		pageType,
		url: cap(url.href),
		itemId: fact('itemId'),
		title: fact('title'),
		price: fact('price'),
		listPrice: fact('listPrice'),
		shopName: fact('shopName'),
		shopId: fact('shopId'),
		sellerId: fact('sellerId'),
		shipFrom: fact('shipFrom'),
		shippingFee: fact('shippingFee'),
		deliveryPromise: fact('deliveryPromise'),
		carrier: fact('carrier'),
		weight: fact('weight'),
		paymentBadges: fact('paymentBadges')?.slice(0, MAX_PAYMENT_BADGES) ?? [],
		missing: [],
	};
	const isEmpty = (name: FactName) => {
		const value = facts[name];
		return value === null || (Array.isArray(value) && value.length === 0);
	};
	facts.missing = shown.filter(isEmpty);
	const strategies: Strategies = {};
	for (const [name, strategy] of Object.entries(log.strategies) as [FactName, FactStrategy][]) {
		if (!isEmpty(name)) strategies[name] = strategy;
	}
	return { facts, strategies };
}

/** An anti-bot or login interstitial: nothing on it is product data, so only the id from the URL is kept. */
export function blockedReading(platform: Platform, url: URL, itemId: string | null): AdapterReading {
	const facts = buildReading(platform, 'blocked', url, {}).facts;
	facts.itemId = itemId;
	return { facts, strategies: itemId ? { itemId: 'url' } : {} };
}
