// @vitest-environment happy-dom
/**
 * A seeded slice of the pathological-page fuzz (the 10 000-page run with timings is `npm run bench`): readPage
 * never throws, no reading breaks the background's message schema, and the adapters' own code never overflows
 * the stack. No timing is asserted here.
 */
import { expect, test } from 'vitest';
import { FUZZ_SOURCES, replayPage, runPageFuzz } from './page-fuzz';

const SLICE = 200;

/** Building 200 hostile pages (megabyte attributes, thousands of levels) takes a while on a shared machine. */
const TIMEOUT_MS = 120_000;

/** Every fixture but the 20 000-node page: a second of parsing per copy here; the bench includes it. */
const SOURCES = FUZZ_SOURCES.filter((source) => !/large-dom/.test(source.file));

test(
	`${SLICE} mutated fixture pages: no throw, no schema violation, no overflow in the adapters`,
	async () => {
		const figures = await runPageFuzz(SLICE, 20261201, { sources: SOURCES });
		expect(figures.pages + figures.unparsable + figures.throws).toBe(SLICE);
		expect(figures.throws).toBe(0);
		expect(figures.violations).toBe(0);
		expect(figures.overflowsInAdapters).toBe(0);
		expect(figures.otherFailures).toEqual([]);
		// Every failed reading is the DOM library (happy-dom) running out of stack on nesting no browser parser builds.
		expect(figures.failed).toBe(figures.overflowsInDomLibrary);
	},
	TIMEOUT_MS,
);

test('a page of a run is rebuilt from its seed alone, so a slow or failing page can be looked at again', () => {
	const first = replayPage(7, SOURCES);
	const again = replayPage(7, SOURCES);
	expect(again.what).toBe(first.what);
	expect(again.build().documentElement.outerHTML).toBe(first.build().documentElement.outerHTML);
	expect(replayPage(8, SOURCES).what === first.what && replayPage(9, SOURCES).what === first.what).toBe(false);
});
