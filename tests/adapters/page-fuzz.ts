/**
 * Pathological pages for the adapters (issue 13 §6): every fixture, mutated by truncation, shuffled siblings,
 * garbage scripts under the names the adapters parse, deep nesting and huge attributes, then read with readPage.
 * Shared by the seeded slice in `npm test` (page-fuzz.test.ts) and the 10 000-page run in `npm run bench`
 * (page-fuzz.bench.ts). Seeded: the same seed makes the same pages.
 */
import * as v from 'valibot';
import { findAdapter, readPage } from '../../utils/adapters/registry';
import { requestSchemas } from '../../utils/messaging/schemas';
import { EXPECTED, fixtureHtml, inertParser, NON_PRODUCT, NON_PRODUCT_DIR } from './fixture-helpers';

/** A small fast PRNG (mulberry32): fuzz runs must be reproducible from their seed. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));

/** Index of a random `<` in the page (a tag boundary), or its end. */
function tagBoundary(rng: Rng, html: string): number {
	const at = html.indexOf('<', int(rng, 0, html.length));
	return at < 0 ? html.length : at;
}

/** The names the adapters look for in inline scripts, and what a broken literal under them looks like. */
const SCRIPT_NAMES = [
	'var g_config = ',
	'window.__ICE_APP_CONTEXT__=',
	'TShop.Setup(',
	'window.shop_config = ',
	'var pageConfig = ',
	'window.rawData=',
	'window.__INIT_DATA=',
	'window.context=',
];
const SCRIPT_TOKENS = [
	'{',
	'}',
	'[',
	']',
	'(',
	')',
	',',
	':',
	"'",
	'"',
	'\\',
	'`',
	'/*',
	'//',
	'\n',
	'a',
	'1',
	' ',
	'u',
];

/** The page with `depth` nested elements inserted at a random tag boundary. */
function nest(rng: Rng, html: string, depth: number): string {
	const tag = pick(rng, ['div', 'span', 'b']);
	const at = tagBoundary(rng, html);
	return `${html.slice(0, at)}${`<${tag}>`.repeat(depth)}x${`</${tag}>`.repeat(depth)}${html.slice(at)}`;
}

/** The page's HTML with one mutation; the name says which. */
type StringMutation = (rng: Rng, html: string) => string;

const STRING_MUTATIONS: Record<string, StringMutation> = {
	truncate: (rng, html) => html.slice(0, int(rng, 0, html.length)),
	'garbage script': (rng, html) => {
		const tokens = Array.from({ length: int(rng, 10, 5000) }, () => pick(rng, SCRIPT_TOKENS)).join('');
		const at = tagBoundary(rng, html);
		return `${html.slice(0, at)}<script>${pick(rng, SCRIPT_NAMES)}${tokens}</script>${html.slice(at)}`;
	},
	// As deep as a browser's HTML parser nests (Blink and Gecko stop at 512 levels)…
	'deep nesting': (rng, html) => nest(rng, html, int(rng, 50, 512)),
	// …and far deeper, as only a script can build it in a browser (happy-dom's parser builds it too).
	'very deep nesting': (rng, html) => nest(rng, html, int(rng, 1000, 10_000)),
	'huge attribute': (rng, html) => {
		const at = html.indexOf('<', tagBoundary(rng, html) + 1);
		const end = at < 0 ? -1 : html.indexOf('>', at);
		if (end < 0) return html;
		const name = pick(rng, ['class', 'title', 'data-title', 'data-tips', 'href', 'value', 'style']);
		const unit = pick(rng, ['x', 'Price--priceText--', '￥9.9 ', 'shop1.', ' ']);
		const value = unit.repeat(Math.ceil(int(rng, 10_000, 1_000_000) / unit.length));
		return `${html.slice(0, end)} ${name}="${value}"${html.slice(end)}`;
	},
};

/** How often each mutation is drawn: nesting no parser builds is rare, the others equally likely. */
const MUTATION_WEIGHTS: Record<string, number> = {
	truncate: 4,
	'garbage script': 4,
	'deep nesting': 3,
	'very deep nesting': 1,
	'huge attribute': 4,
	shuffle: 4,
};
const MUTATION_DRAW = Object.entries(MUTATION_WEIGHTS).flatMap(([name, weight]) => Array<string>(weight).fill(name));

/** Reorders the children of a few random elements (a page whose A/B blocks come in another order). */
function shuffleSiblings(rng: Rng, doc: Document): void {
	const all = doc.getElementsByTagName('*');
	for (let n = int(rng, 1, 8); n > 0 && all.length; n--) {
		const parent = all[int(rng, 0, all.length - 1)];
		if (!parent || parent.children.length < 2) continue;
		const children = [...parent.children];
		for (let i = children.length - 1; i > 0; i--) {
			const j = int(rng, 0, i);
			[children[i], children[j]] = [children[j] as Element, children[i] as Element];
		}
		for (const child of children) parent.appendChild(child);
	}
}

export interface FuzzSource {
	file: string;
	url: string;
	html: string;
}

/** Every fixture with its URL: the catalogue's and the non-product pages. */
export const FUZZ_SOURCES: FuzzSource[] = [
	...Object.entries(EXPECTED).map(([file, entry]) => ({ file, url: entry.url, html: fixtureHtml(file) })),
	...Object.entries(NON_PRODUCT).map(([file, entry]) => ({
		file,
		url: entry.url,
		html: fixtureHtml(`${NON_PRODUCT_DIR}${file}`),
	})),
];

export interface FuzzFigures {
	pages: number;
	/** readPage time per page, ms. */
	meanMs: number;
	p99Ms: number;
	maxMs: number;
	/**
	 * The same, in CPU time of this process (user + system): what the reading itself cost, less what other
	 * processes on a shared machine took from it (it still counts the garbage collector's threads).
	 */
	cpuMeanMs: number;
	cpuP99Ms: number;
	cpuMaxMs: number;
	/** The five slowest pages: time, fixture, mutations and the page's seed (`replayPage`). */
	slowest: string[];
	/** Per mutation: pages that had it, and their p99 time and CPU time (ms). */
	byMutation: Record<string, { pages: number; p99Ms: number; cpuP99Ms: number }>;
	/** Exceptions that escaped readPage (goal 0). */
	throws: number;
	/** Readings the background's message schema rejects (goal 0). */
	violations: number;
	/** Readings that failed ({ ok: false }), and how many of them were stack overflows, by where they happened. */
	failed: number;
	overflowsInAdapters: number;
	overflowsInDomLibrary: number;
	/** Pages the DOM library could not even build (its parser overflowed): not a reading, counted apart. */
	unparsable: number;
	/** Failure reasons other than stack overflows, for the report. */
	otherFailures: string[];
}

const isOverflow = (error: unknown) => error instanceof RangeError && /call stack/i.test(error.message);

/** Where a stack overflow happened: the first frame that is not the DOM library's names the adapters, or not. */
function overflowOrigin(error: Error): 'adapters' | 'dom library' {
	const frames = (error.stack ?? '').split('\n').slice(1);
	return frames.slice(0, 5).some((frame) => /utils[\\/]adapters/.test(frame) && !/node_modules/.test(frame))
		? 'adapters'
		: 'dom library';
}

/** One mutated page, rebuilt from its own seed: the same seed makes the same document. */
function buildPage(
	pageSeed: number,
	sources: readonly FuzzSource[],
	parse: (html: string) => Document,
): { what: string; mutations: string[]; url: URL; build: () => Document } {
	const rng = random(pageSeed);
	const source = pick(rng, sources);
	const applied = Array.from({ length: int(rng, 1, 3) }, () => pick(rng, MUTATION_DRAW));
	let html = source.html;
	for (const name of applied) if (name !== 'shuffle') html = STRING_MUTATIONS[name]?.(rng, html) ?? html;
	const shuffleSeed = Math.floor(rng() * 2 ** 32);
	return {
		what: `${source.file} [${applied.join(', ')}]`,
		mutations: applied,
		url: new URL(source.url),
		build: () => {
			const doc = parse(html);
			if (applied.includes('shuffle')) shuffleSiblings(random(shuffleSeed), doc);
			return doc;
		},
	};
}

/** Where the overflow behind a failed reading happened: read the same page again outside readPage, for the stack. */
function overflowOriginOf(page: ReturnType<typeof buildPage>): string {
	try {
		findAdapter(page.url)?.read(page.build(), page.url);
		return 'not repeated';
	} catch (error) {
		return isOverflow(error) ? overflowOrigin(error as Error) : String(error);
	}
}

/** Rebuilds one page of a run from its seed (the `#n` in `slowest`), to look at it again. */
export function replayPage(pageSeed: number, sources: readonly FuzzSource[] = FUZZ_SOURCES) {
	return buildPage(pageSeed, sources, inertParser().parse);
}

/** How the page shows the panel: any valid view, the reading is what the fuzz checks. */
const ANY_VIEW = { layout: 'full', dock: 'right', theme: 'light', covered: false } as const;

/** Pages parsed in one window before it is closed: a window keeps every document it built. */
const PAGES_PER_WINDOW = 100;

export interface FuzzOptions {
	/** Fixtures to mutate (all by default). */
	sources?: readonly FuzzSource[];
}

/** Reads `count` mutated pages (seeded) and returns the figures. */
export async function runPageFuzz(count: number, seed: number, options: FuzzOptions = {}): Promise<FuzzFigures> {
	const { sources = FUZZ_SOURCES } = options;
	const rng = random(seed);
	const times: { ms: number; cpuMs: number; what: string; mutations: string[] }[] = [];
	const figures: FuzzFigures = {
		pages: 0,
		meanMs: 0,
		p99Ms: 0,
		maxMs: 0,
		cpuMeanMs: 0,
		cpuP99Ms: 0,
		cpuMaxMs: 0,
		slowest: [],
		byMutation: {},
		throws: 0,
		violations: 0,
		failed: 0,
		overflowsInAdapters: 0,
		overflowsInDomLibrary: 0,
		unparsable: 0,
		otherFailures: [],
	};
	let parser = inertParser();
	for (let n = 0; n < count; n++) {
		if (n > 0 && n % PAGES_PER_WINDOW === 0) {
			await parser.close();
			parser = inertParser();
		}
		const pageSeed = Math.floor(rng() * 2 ** 32);
		const page = buildPage(pageSeed, sources, parser.parse);
		let doc: Document;
		try {
			doc = page.build();
		} catch (error) {
			if (!isOverflow(error)) throw error;
			figures.unparsable++;
			continue;
		}
		const started = performance.now();
		const cpuStarted = process.cpuUsage();
		let reading: ReturnType<typeof readPage>;
		try {
			reading = readPage(doc, page.url);
		} catch {
			figures.throws++;
			continue;
		} finally {
			const cpu = process.cpuUsage(cpuStarted);
			times.push({
				ms: performance.now() - started,
				cpuMs: (cpu.user + cpu.system) / 1000,
				what: `${page.what} #${pageSeed}`,
				mutations: page.mutations,
			});
		}
		figures.pages++;
		// The whole reading crosses to the background, failures included.
		if (reading && !v.safeParse(requestSchemas['cs.reading'], { reading, view: ANY_VIEW }).success)
			figures.violations++;
		if (reading && !reading.ok) {
			figures.failed++;
			const origin = /call stack/i.test(reading.reason) ? overflowOriginOf(page) : reading.reason;
			if (origin === 'adapters') figures.overflowsInAdapters++;
			else if (origin === 'dom library') figures.overflowsInDomLibrary++;
			else figures.otherFailures.push(`${page.what}: ${reading.reason} (${origin})`);
		}
	}
	await parser.close();
	const p99 = (values: number[]) => {
		const sorted = [...values].sort((a, b) => a - b);
		return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0;
	};
	const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / (values.length || 1);
	const wall = times.map((t) => t.ms);
	const cpu = times.map((t) => t.cpuMs);
	Object.assign(figures, { meanMs: mean(wall), p99Ms: p99(wall), maxMs: Math.max(0, ...wall) });
	Object.assign(figures, { cpuMeanMs: mean(cpu), cpuP99Ms: p99(cpu), cpuMaxMs: Math.max(0, ...cpu) });
	figures.slowest = [...times]
		.sort((a, b) => b.ms - a.ms)
		.slice(0, 5)
		.map((t) => `${t.ms.toFixed(1)} ms (CPU ${t.cpuMs.toFixed(1)} ms) ${t.what}`);
	for (const name of Object.keys(MUTATION_WEIGHTS)) {
		const having = times.filter((t) => t.mutations.includes(name));
		figures.byMutation[name] = {
			pages: having.length,
			p99Ms: p99(having.map((t) => t.ms)),
			cpuP99Ms: p99(having.map((t) => t.cpuMs)),
		};
	}
	return figures;
}
