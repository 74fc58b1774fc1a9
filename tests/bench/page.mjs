#!/usr/bin/env node
// `npm run bench:page`: what the extension costs a marketplace page, measured in real Chromium.
//
//   node tests/bench/page.mjs [--no-build] [--extension DIR] [--runs 11] [--label NAME]
//
// Builds (npm run build:e2e: the open shadow root lets the timing read either panel shape), then drives Chromium
// with and without the extension, interleaved, on the large fixtures (the 20,000-element page and the largest real
// one), and prints one table: bytes injected per page (gzip -9), DOMContentLoaded → panel ready with the service
// worker warm and asleep (median and IQR), CDP ScriptDuration / TaskDuration / heap deltas per load (median of
// pairs), and popup and options ready with 2 and 1,000 contracts. `--extension` measures another build (say, a
// checkout of main) with the same harness. Timings never fail anything: the exit code is 0 unless the run breaks.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(opt('--runs', '11'));
const extensionDir = path.resolve(opt('--extension', path.join(root, '.output', 'chrome-mv3')));
const label = opt('--label', path.relative(root, extensionDir) || extensionDir);
const FIXTURES = path.join(root, 'tests', 'adapters', 'fixtures');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

if (!args.includes('--no-build') && !args.includes('--extension')) {
	console.log('building (npm run build:e2e) …');
	execSync('npm run build:e2e', { cwd: root, stdio: 'ignore' });
}

// ---------- fixtures, served at their real host names ----------
const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8'));
const bySize = Object.keys(expected)
	.filter((f) => expected[f].expected.pageType === 'item')
	.sort((a, b) => fs.statSync(path.join(FIXTURES, b)).size - fs.statSync(path.join(FIXTURES, a)).size);
const pages = [bySize.find((f) => /large-dom/.test(f)), bySize.find((f) => !/^hostile/.test(f))].filter(Boolean);
const urlOf = (file) => {
	const u = new URL(expected[file].url);
	u.protocol = 'http:';
	u.searchParams.set('cl_fixture', file);
	return u.href;
};
const server = http.createServer((req, res) => {
	const file = new URL(req.url ?? '/', 'http://x').searchParams.get('cl_fixture');
	if (file && expected[file]) {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
		res.end(fs.readFileSync(path.join(FIXTURES, file)));
	} else {
		res.writeHead(404);
		res.end();
	}
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = server.address().port;
const hosts = [...new Set(pages.map((f) => new URL(urlOf(f)).host))];

// ---------- statistics ----------
const quantile = (xs, q) => {
	const s = [...xs].sort((a, b) => a - b);
	if (!s.length) return Number.NaN;
	const i = (s.length - 1) * q;
	const lo = Math.floor(i);
	return s[lo] + ((s[Math.ceil(i)] ?? s[lo]) - s[lo]) * (i - lo);
};
const summary = (xs) => ({ median: quantile(xs, 0.5), iqr: quantile(xs, 0.75) - quantile(xs, 0.25), n: xs.length });
const ms = (s, digits = 1) =>
	Number.isFinite(s.median) ? `${s.median.toFixed(digits)} (IQR ${s.iqr.toFixed(digits)})` : 'n/a';

// ---------- browsers ----------
const launch = (withExtension) =>
	chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'cl-bench-')), {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		headless: true,
		viewport: { width: 1280, height: 900 },
		ignoreDefaultArgs: ['--disable-extensions'],
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			...(withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
			`--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(',')}`,
		],
	});

/** Page time of DOMContentLoaded and of the panel's first ready/partial state, for either panel shape. */
function readyProbe() {
	if (window !== window.top) return;
	const t = {};
	window.__clBench = t;
	document.addEventListener('DOMContentLoaded', () => {
		t.dcl = performance.now();
	});
	const mark = () => {
		if (t.ready) return;
		const host = document.querySelector('[data-cl-host], courier-lens');
		const state =
			host?.getAttribute('data-cl-state') ??
			host?.shadowRoot?.querySelector('[data-cl="panel"]')?.getAttribute('data-state');
		if (state === 'ready' || state === 'partial') t.ready = performance.now();
	};
	new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true });
	// A panel inside a shadow root changes where a document observer cannot see: a short timer as well.
	const tick = () => {
		mark();
		if (!t.ready) setTimeout(tick, 2);
	};
	tick();
}

/** Page time when `selector` is first in the document and a frame has been painted after it. */
function renderedProbe(selector) {
	const t = {};
	window.__clBench = t;
	const seen = () => {
		if (t.dom || !document.querySelector(selector)) return;
		t.dom = performance.now();
		requestAnimationFrame(() =>
			setTimeout(() => {
				t.ready = performance.now();
			}, 0),
		);
	};
	new MutationObserver(seen).observe(document, { subtree: true, childList: true });
}

async function readyAfterDcl(page, url) {
	await page.goto(url, { waitUntil: 'load' });
	const t = await page
		.waitForFunction(() => window.__clBench?.ready && window.__clBench, null, { timeout: 10_000 })
		.then((h) => h.jsonValue())
		.catch(() => null);
	return t ? t.ready - t.dcl : Number.NaN;
}

/**
 * The panel frame's own navigation, in the page's clock relative to its DOMContentLoaded: when the frame's
 * navigation started, and when the browser had its document parsed (the first moment a script of the panel page
 * can run). Before that the time is the browser's (frame creation, the extension page's bindings), not our code's.
 * Null for a panel without a frame (round 1).
 */
async function frameBoot(page) {
	const frame = page.frames().find((f) => /\/panel\.html/.test(f.url()));
	if (!frame) return null;
	const [top, own] = await Promise.all([
		page.evaluate(() => ({
			origin: performance.timeOrigin,
			dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventStart,
		})),
		frame.evaluate(() => ({
			origin: performance.timeOrigin,
			parsed: performance.getEntriesByType('navigation')[0].domInteractive,
		})),
	]);
	const start = own.origin - top.origin - top.dcl;
	return { start, parsed: start + own.parsed };
}

/**
 * Our own main-thread script time in one load, from a DevTools timeline trace: the top-level script entries
 * (evaluation, compilation, function calls from events, timers and observers) whose script is one of the
 * extension's content scripts, up to the load event. Promise callbacks run as anonymous microtasks and are not counted: a lower bound.
 */
async function ownScriptBeforeLoad(context, url, extensionId) {
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	const events = [];
	cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
	const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
	await cdp.send('Tracing.start', {
		traceConfig: {
			includedCategories: ['devtools.timeline', 'v8', 'blink.user_timing'],
			recordMode: 'recordAsMuchAsPossible',
		},
		transferMode: 'ReportEvents',
	});
	await page.goto(url, { waitUntil: 'load' });
	await cdp.send('Tracing.end');
	await done;
	await page.close();
	// The content scripts' files: the panel frame's own work runs in the extension's process, not the page's.
	const ours = (e) =>
		JSON.stringify(e.args?.data ?? e.args ?? {}).includes(`chrome-extension://${extensionId}/content-scripts/`);
	const load = events.find((e) => e.name === 'loadEventEnd' || e.name === 'MarkLoad')?.ts ?? Number.POSITIVE_INFINITY;
	const entries = events.filter(
		(e) =>
			e.ph === 'X' &&
			['EvaluateScript', 'v8.compile', 'FunctionCall', 'TimerFire', 'FireIdleCallback'].includes(e.name) &&
			e.ts < load &&
			ours(e),
	);
	// Top-level entries only (an entry inside another is part of it), counted in thread time: on a busy machine
	// wall time also holds the moments the thread waited for a core.
	entries.sort((a, b) => a.ts - b.ts);
	let total = 0;
	let end = 0;
	for (const e of entries) {
		if (e.ts < end) continue;
		total += e.tdur ?? e.dur;
		end = e.ts + e.dur;
	}
	return total / 1000;
}

const results = { label, extension: extensionDir, runs: RUNS, pages: {}, at: new Date().toISOString() };

// bytes injected per page: the largest manifest content_scripts entry, js + css
const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));
results.injectedGzipBytes = Math.max(
	...(manifest.content_scripts ?? []).map((entry) =>
		[...(entry.js ?? []), ...(entry.css ?? [])].reduce(
			(n, f) => n + gzipSync(fs.readFileSync(path.join(extensionDir, f)), { level: 9 }).length,
			0,
		),
	),
);

const withExt = await launch(true);
const without = await launch(false);
try {
	const worker = withExt.serviceWorkers()[0] ?? (await withExt.waitForEvent('serviceworker', { timeout: 15_000 }));
	const extensionId = new URL(worker.url()).host;
	const tab = await withExt.newPage();
	await tab.addInitScript(readyProbe);
	await tab.bringToFront();
	const cdp = await withExt.newCDPSession(tab);
	const workers = new Map();
	cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
		for (const v of versions)
			if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) workers.set(v.versionId, v.runningStatus);
	});
	await cdp.send('ServiceWorker.enable');
	const stopWorker = async () => {
		await cdp.send('ServiceWorker.stopAllWorkers');
		for (let i = 0; i < 200; i++) {
			if (workers.size && [...workers.values()].every((s) => s === 'stopped')) return true;
			await sleep(10);
		}
		return false;
	};

	for (const file of pages) {
		const url = urlOf(file);
		const entry = {
			elements: null,
			warm: [],
			asleep: [],
			frameStart: [],
			frameParsed: [],
			ownBeforeLoad: [],
			script: [],
			task: [],
			heap: [],
		};
		results.pages[file] = entry;
		console.log(`${file}: warm …`);
		await readyAfterDcl(tab, url); // the first load also warms the HTTP and code caches
		for (let i = 0; i < RUNS; i++) {
			entry.warm.push(await readyAfterDcl(tab, url));
			const boot = await frameBoot(tab).catch(() => null);
			if (boot) {
				entry.frameStart.push(boot.start);
				entry.frameParsed.push(boot.parsed);
			}
		}
		console.log(`${file}: asleep …`);
		for (let i = 0; i < RUNS; i++) if (await stopWorker()) entry.asleep.push(await readyAfterDcl(tab, url));
		entry.elements = await tab.evaluate(() => document.getElementsByTagName('*').length);
		console.log(`${file}: our own script time before the load event, traced …`);
		for (let i = 0; i < RUNS; i++) entry.ownBeforeLoad.push(await ownScriptBeforeLoad(withExt, url, extensionId));
		console.log(`${file}: main-thread time, ${RUNS} interleaved pairs …`);
		// A fresh tab per load: CDP's counters do not carry across navigations in one tab.
		const loadMetrics = async (context) => {
			const page = await context.newPage();
			const session = await context.newCDPSession(page);
			await session.send('Performance.enable');
			await page.goto(url, { waitUntil: 'load' });
			await sleep(300);
			const metrics = Object.fromEntries(
				(await session.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
			);
			await page.close();
			return metrics;
		};
		for (let i = 0; i < RUNS; i++) {
			const order = i % 2 ? [without, withExt] : [withExt, without];
			const [first, second] = [await loadMetrics(order[0]), await loadMetrics(order[1])];
			const [a, b] = i % 2 ? [second, first] : [first, second];
			entry.script.push((a.ScriptDuration - b.ScriptDuration) * 1000);
			entry.task.push((a.TaskDuration - b.TaskDuration) * 1000);
			entry.heap.push((a.JSHeapUsedSize - b.JSHeapUsedSize) / 1024);
		}
	}

	// The floor an iframe panel starts from: a page of its own (no extension) appending one empty iframe, timed
	// in its own script, on the smaller fixture after its load.
	{
		const page = await without.newPage();
		const times = [];
		for (let i = 0; i < RUNS; i++) {
			await page.goto(urlOf(pages.at(-1)), { waitUntil: 'load' });
			times.push(
				await page.evaluate(() => {
					const start = performance.now();
					document.documentElement.append(document.createElement('iframe'));
					return performance.now() - start;
				}),
			);
		}
		await page.close();
		results.emptyIframeMs = times;
	}

	// popup and options with 2 and with 1,000 contracts (two of them quick contracts, as the popup writes them)
	const template = JSON.parse(fs.readFileSync(path.join(root, 'public', 'examples', 'contracts.example.json'), 'utf8'));
	const contractsOf = (n) =>
		Array.from({ length: n }, (_, i) => ({
			...template.contracts[0],
			id: i < 2 ? `quick-${['zto', 'sto'][i]}` : `bench-${i}`,
			carrier: i < 2 ? ['zto', 'sto'][i] : template.contracts[0].carrier,
			name: `bench ${i}`,
		}));
	const ext = await withExt.newPage();
	await ext.goto(`chrome-extension://${extensionId}/options.html`);
	results.extensionPages = {};
	for (const n of [2, 1000]) {
		// The options page's import path: validated batches of at most 500 (utils/messaging/batches.ts), all at once.
		const imported = await ext.evaluate(
			async ([contracts, header]) => {
				const importId = crypto.randomUUID();
				const count = Math.ceil(contracts.length / 500);
				let reply = null;
				let index = 0;
				for (; index < count; index++) {
					const items = contracts.slice(index * 500, (index + 1) * 500);
					reply = await chrome.runtime.sendMessage({
						name: 'ui.importContractsBatch',
						data: { importId, index, count, items },
					});
					if (!reply?.ok) break;
				}
				// A build from before batched imports (`--extension` of round 1) takes the whole file in one message.
				if (reply?.error?.code === 'invalid_message' && index === 0) {
					const text = JSON.stringify({ ...header, contracts });
					reply = await chrome.runtime.sendMessage({ name: 'ui.importContracts', data: { format: 'json', text } });
				}
				return reply;
			},
			[contractsOf(n), { format: template.format, version: template.version }],
		);
		if (!imported?.ok) throw new Error(`could not seed ${n} contracts: ${JSON.stringify(imported)}`);
		// Ready, and when the browser had the document parsed (the first moment a script of the page can run).
		const timed = async (pageName, selector) => {
			const times = { ready: [], parsed: [] };
			const page = await withExt.newPage();
			await page.addInitScript(renderedProbe, selector);
			for (let i = 0; i <= RUNS; i++) {
				await page.goto(`chrome-extension://${extensionId}/${pageName}`);
				const t = await page
					.waitForFunction(() => window.__clBench?.ready, null, { timeout: 10_000 })
					.then((h) => h.jsonValue())
					.catch(() => Number.NaN);
				const parsed = await page.evaluate(() => performance.getEntriesByType('navigation')[0].domInteractive);
				if (i === 0) continue; // the first load warms the caches
				times.ready.push(t);
				times.parsed.push(parsed);
			}
			await page.close();
			return times;
		};
		results.extensionPages[n] = {
			popup: await timed('popup.html', '[data-cl="contract"] input[data-cl="first-kg-yuan"]'),
			options: await timed('options.html', '[data-cl="contract-row"]'),
		};
	}
} finally {
	await withExt.close().catch(() => {});
	await without.close().catch(() => {});
	server.close();
}

// ---------- the table ----------
const lines = [
	`Courier Lens page cost — ${label}, Chromium, ${RUNS} runs (median, IQR in brackets; ms unless stated)`,
	'',
	'| figure | value |',
	'|---|---|',
	`| injected per page, gzip -9 | ${(results.injectedGzipBytes / 1024).toFixed(1)} KB (${results.injectedGzipBytes} bytes) |`,
];
for (const [file, e] of Object.entries(results.pages)) {
	const name = `${file} (${e.elements} elements)`;
	lines.push(
		`| ${name}: DCL → panel ready, worker warm | ${ms(summary(e.warm))} |`,
		`| ${name}: DCL → panel ready, worker asleep | ${ms(summary(e.asleep))} |`,
		`| ${name}: panel frame, relative to DCL: navigation starts / its document is parsed (warm) | ${ms(summary(e.frameStart))} / ${ms(summary(e.frameParsed))} |`,
		`| ${name}: our own script time before load (traced CPU time, lower bound) | ${ms(summary(e.ownBeforeLoad))} |`,
		`| ${name}: ScriptDuration added | ${ms(summary(e.script))} |`,
		`| ${name}: TaskDuration added | ${ms(summary(e.task))} |`,
		`| ${name}: JS heap added | ${ms(summary(e.heap), 0)} KB |`,
	);
}
lines.push(
	`| baseline, no extension: a page appending one empty iframe (its own script time) | ${ms(summary(results.emptyIframeMs))} |`,
);
for (const [n, e] of Object.entries(results.extensionPages ?? {}))
	lines.push(
		`| popup ready, ${n} contracts (its document parsed) | ${ms(summary(e.popup.ready))} (${ms(summary(e.popup.parsed))}) |`,
		`| options ready, ${n} contracts (its document parsed) | ${ms(summary(e.options.ready))} (${ms(summary(e.options.parsed))}) |`,
	);
const table = lines.join('\n');
console.log(`\n${table}\n`);
const out = path.join(root, 'test-artifacts');
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'bench-page.json'), `${JSON.stringify(results, null, '\t')}\n`);
fs.writeFileSync(path.join(out, 'bench-page.md'), `${table}\n`);
console.log(`written to ${path.relative(root, out)}/bench-page.{json,md}`);
