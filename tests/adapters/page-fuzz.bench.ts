// @vitest-environment happy-dom
/**
 * The pathological-page fuzz at full size (issue 13 §6): 10 000 mutated fixture pages through readPage, once.
 * Goals: 0 throws, 0 schema violations, p99 ≤ 20 ms per page. CPU time is printed beside wall time, which a shared
 * machine inflates (CPU time still counts the garbage collector, which the harness's megabyte pages keep busy).
 * Prints the figures and writes them to test-artifacts/page-fuzz.json. Run: npm run bench (or npx vitest bench --run tests/adapters/page-fuzz.bench.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { bench, describe } from 'vitest';
import { ARTIFACTS_DIR } from '../e2e/support/paths';
import { runPageFuzz } from './page-fuzz';

const PAGES = 10_000;
const SEED = 20_261_201;

describe('pathological pages', () => {
	bench(
		`${PAGES} mutated fixture pages through readPage (figures printed below)`,
		async () => {
			const figures = await runPageFuzz(PAGES, SEED);
			const ms = (value: number) => `${value.toFixed(2)} ms`;
			console.log(
				[
					`page fuzz, ${figures.pages} pages read (seed ${SEED}; ${figures.unparsable} the DOM library could not build)`,
					`  readPage time: mean ${ms(figures.meanMs)}, p99 ${ms(figures.p99Ms)}, max ${ms(figures.maxMs)} (goal p99 ≤ 20 ms)`,
					`  readPage CPU time: mean ${ms(figures.cpuMeanMs)}, p99 ${ms(figures.cpuP99Ms)}, max ${ms(figures.cpuMaxMs)}`,
					`  throws ${figures.throws}, schema violations ${figures.violations}, failed readings ${figures.failed}`,
					`  stack overflows: ${figures.overflowsInAdapters} in the adapters, ${figures.overflowsInDomLibrary} in the DOM library`,
					...figures.otherFailures.map((line) => `  failed: ${line}`),
					'  p99 by mutation (pages that had it):',
					...Object.entries(figures.byMutation).map(
						([name, m]) => `    ${name}: ${m.pages} pages, p99 ${ms(m.p99Ms)} (CPU ${ms(m.cpuP99Ms)})`,
					),
					'  slowest:',
					...figures.slowest.map((line) => `    ${line}`),
				].join('\n'),
			);
			fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
			fs.writeFileSync(path.join(ARTIFACTS_DIR, 'page-fuzz.json'), `${JSON.stringify(figures, null, '\t')}\n`);
		},
		{ iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
	);
});
