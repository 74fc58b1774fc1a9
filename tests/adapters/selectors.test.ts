// @vitest-environment happy-dom
/**
 * The selector lists are data with reasons: every entry either matches a fixture (and its comment names one it
 * matches) or is marked inferred (and its comment carries a dated TODO). When a marketplace redesigns a page, a
 * maintainer adds one commented entry and a fixture of the new layout; this file says whether the entry is real.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { type Selector, splitEntry } from '../../utils/adapters/dom';
import { ADAPTERS } from '../../utils/adapters/registry';
import { EXPECTED, fixtureHtml, NON_PRODUCT, NON_PRODUCT_DIR, parseHtml } from './fixture-helpers';

const ADAPTER_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../utils/adapters');

interface Page {
	file: string;
	doc: Document;
	itemId: string;
}

const PAGES: Page[] = [
	...Object.entries(EXPECTED).map(([file, entry]) => ({
		file,
		doc: parseHtml(fixtureHtml(file)),
		itemId: String(entry.expected.itemId ?? ''),
	})),
	...Object.entries(NON_PRODUCT).map(([file, entry]) => ({
		file,
		doc: parseHtml(fixtureHtml(`${NON_PRODUCT_DIR}${file}`)),
		itemId: /\d{4,}/.exec(entry.url)?.[0] ?? '',
	})),
];

/** Does the entry match something on this page (an element, carrying the attribute it reads)? */
function hits(entry: Selector, page: Page): boolean {
	const [css, attribute] = splitEntry(entry);
	const el = page.doc.querySelector(css.replaceAll('{itemId}', page.itemId));
	return !!el && (!attribute || el.hasAttribute(attribute));
}

/** Each distinct list once, named by the adapters that read it (Taobao and Tmall share theirs). */
const LISTS = new Map<readonly Selector[], string>();
for (const adapter of ADAPTERS) {
	for (const [name, list] of Object.entries(adapter.selectors)) {
		LISTS.set(list, LISTS.has(list) ? `${LISTS.get(list)}, ${adapter.id}` : `${adapter.id} ${name}`);
	}
}

describe('every selector is seen in a fixture or marked inferred', () => {
	for (const [list, name] of LISTS) {
		test(name, () => {
			expect(list.length).toBeGreaterThan(0);
			for (const entry of list) {
				// Valid CSS for the page's own querySelector (an invalid one would throw on every real page).
				expect(() => document.querySelector(splitEntry(entry)[0].replaceAll('{itemId}', '1'))).not.toThrow();
				if (typeof entry === 'string')
					expect(
						PAGES.some((page) => hits(entry, page)),
						entry,
					).toBe(true);
			}
		});
	}
});

/** The selector tables each adapter module exports (`*_SELECTORS`), by file name. */
const MODULES = import.meta.glob<Record<string, unknown>>('../../utils/adapters/*.ts', { eager: true });
const tableOf = (file: string): Record<string, readonly Selector[]> | undefined =>
	Object.entries(MODULES[`../../utils/adapters/${file}`] ?? {}).find(([name]) => name.endsWith('_SELECTORS'))?.[1] as
		| Record<string, readonly Selector[]>
		| undefined;

/** `'css', // comment` and `{ inferred: 'css' }, // comment` lines of the adapters' sources. */
const ENTRY_LINE = /^\s*(?:'((?:[^'\\]|\\.)*)'|\{ inferred: '((?:[^'\\]|\\.)*)' \}),(?:\s*\/\/\s*(.*))?$/;

describe('every selector has its comment', () => {
	const sources = readdirSync(ADAPTER_DIR).filter((file) => /^[a-z0-9-]+\.ts$/.test(file));
	for (const file of sources) {
		const text = readFileSync(join(ADAPTER_DIR, file), 'utf8');
		const start = text.indexOf('_SELECTORS = {');
		if (start < 0) continue;
		const lines = text.slice(start, text.indexOf('} satisfies', start)).split('\n');
		test(file, () => {
			const entries = lines.map((line) => ENTRY_LINE.exec(line)).filter((m) => m !== null);
			// One line per entry, each in the one form this test reads: none escapes the check below.
			const table = Object.values(tableOf(file) ?? {});
			expect(entries.length).toBe(table.reduce((n, list) => n + list.length, 0));
			for (const [line, seen, inferred, comment] of entries) {
				expect(comment, `${line.trim()}: one comment saying which layout and when`).toBeTruthy();
				if (inferred !== undefined) {
					expect(comment, `${line.trim()}: an inferred entry says when to check it`).toMatch(/TODO\(\d{4}-\d{2}\)/);
					continue;
				}
				// "seen in X.html": X is a fixture, and the entry really matches it.
				const fixture = /seen in ([\w.-]+\.html)/.exec(comment ?? '')?.[1];
				const page = PAGES.find((p) => p.file === fixture);
				expect(page, `${line.trim()}: names the fixture it is seen in`).toBeDefined();
				if (page) expect(hits((seen ?? '').replace(/\\(.)/g, '$1'), page), `${line.trim()}`).toBe(true);
			}
		});
	}
});
