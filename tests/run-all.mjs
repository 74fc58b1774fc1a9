#!/usr/bin/env node
// THE test command (`npm test`): every layer in order, carrying on after a failure.
//   static  biome ci, tsc --noEmit, knip, knip --production    one test each
//   unit    vitest (vitest.config.ts)                          each test counts
//   build   npm run build (one test) + checks of its output    each check counts
//   e2e     npm run build:e2e (one test), then Chromium and Firefox suites, each test counts
// Ends with a per-layer table and, as the very last line, `N passed, N failed`. Exit 0 only if nothing failed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reportsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-test-reports-'));
const STEP_TIMEOUT_MS = 15 * 60 * 1000;

const BROWSERS = {
	chromium: { path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium' },
	firefox: { path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
};

/** name → { layer, passed, failed, ms } in run order. */
const results = [];

function run(command, args, extraEnv = {}) {
	console.log(`\n▶ ${[command, ...args].join(' ')}`);
	const t0 = performance.now();
	const child = spawnSync(command, args, {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, ...extraEnv },
		timeout: STEP_TIMEOUT_MS,
	});
	const ms = performance.now() - t0;
	if (child.error) console.error(`✖ ${command} could not run: ${child.error.message}`);
	return { ok: child.status === 0, ms };
}

/** A command that is one test: it passes when it exits 0. */
function commandStep(layer, name, command, args) {
	const { ok, ms } = run(command, args);
	results.push({ layer, name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, ms });
	return ok;
}

/**
 * A Vitest run whose tests count one by one, read from its JSON report. A file that fails outside any test
 * (a failing beforeAll, an import error) counts as one failure; no report at all counts as one failure.
 */
function vitestStep(layer, name, args) {
	const report = path.join(reportsDir, `${name.replace(/\W+/g, '-')}.json`);
	const { ms } = run('npx', [
		'vitest',
		'run',
		...args,
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${report}`,
	]);
	let passed = 0;
	let failed = 0;
	if (!fs.existsSync(report)) {
		console.error(`✖ ${name}: Vitest wrote no report`);
		failed = 1;
	} else {
		const json = JSON.parse(fs.readFileSync(report, 'utf8'));
		for (const file of json.testResults ?? []) {
			const statuses = (file.assertionResults ?? []).map((a) => a.status);
			passed += statuses.filter((s) => s === 'passed').length;
			const failedTests = statuses.filter((s) => s === 'failed').length;
			failed += failedTests;
			if (file.status === 'failed' && failedTests === 0) {
				console.error(
					`✖ ${path.relative(root, file.name)}: ${String(file.message ?? 'failed outside its tests').split('\n')[0]}`,
				);
				failed += 1;
			}
		}
		if (passed + failed === 0) {
			console.error(`✖ ${name}: no tests ran`);
			failed = 1;
		}
	}
	results.push({ layer, name, passed, failed, ms });
}

/** A step that cannot run (its build failed, its browser is missing) counts as one failure, said plainly. */
function notRun(layer, name, reason) {
	console.error(`\n✖ ${name} not run: ${reason}`);
	results.push({ layer, name, passed: 0, failed: 1, ms: 0 });
}

function browserMissing(browser) {
	const { path: file, pkg } = BROWSERS[browser];
	try {
		fs.accessSync(file, fs.constants.X_OK);
		return null;
	} catch {
		return `${file} not found — install it (apt-get install ${pkg}) or set ${browser.toUpperCase()}_PATH`;
	}
}

const t0 = performance.now();

commandStep('static', 'biome ci', 'npx', ['biome', 'ci', '.']);
commandStep('static', 'tsc --noEmit', 'npx', ['tsc', '--noEmit']);
commandStep('static', 'knip', 'npx', ['knip']);
// What only tests use is dead in the product (exports kept for tests say so with @internal). Dependencies are
// checked by the run above, which reads the build config that pulls in the polyfill's peer package.
commandStep('static', 'knip --production', 'npx', ['knip', '--production', '--exclude', 'dependencies']);

vitestStep('unit', 'unit', []);

if (commandStep('build', 'npm run build', 'npm', ['run', 'build'])) {
	vitestStep('build', 'build checks', ['--config', 'vitest.e2e.config.ts', 'tests/build']);
} else {
	notRun('build', 'build checks', 'the production build failed');
}

const e2eBuilt = commandStep('e2e', 'npm run build:e2e', 'npm', ['run', 'build:e2e']);
for (const browser of ['chromium', 'firefox']) {
	const name = `e2e ${browser}`;
	const missing = browserMissing(browser);
	if (!e2eBuilt) notRun(`e2e-${browser}`, name, 'npm run build:e2e failed');
	else if (missing) notRun(`e2e-${browser}`, name, missing);
	else vitestStep(`e2e-${browser}`, name, ['--config', 'vitest.e2e.config.ts', `tests/e2e/${browser}`]);
}

const layers = new Map();
for (const r of results) {
	const layer = layers.get(r.layer) ?? { passed: 0, failed: 0, ms: 0 };
	layer.passed += r.passed;
	layer.failed += r.failed;
	layer.ms += r.ms;
	layers.set(r.layer, layer);
}
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
console.log('\nlayer          passed  failed      time');
for (const [layer, l] of layers) {
	console.log(
		`${layer.padEnd(14)} ${String(l.passed).padStart(6)}  ${String(l.failed).padStart(6)}  ${seconds(l.ms).padStart(8)}`,
	);
}
for (const r of results.filter((x) => x.failed)) console.log(`  failing: ${r.name} (${r.failed})`);
console.log(`total time ${seconds(performance.now() - t0)}`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
