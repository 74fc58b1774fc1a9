// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readPage } from '../../utils/adapters/registry';
import { findLiteralInScript, parseLiteral, scriptLiteral } from '../../utils/adapters/script-literal';
import type { PageFacts } from '../../utils/core/page-facts';
import { EXPECTED, fixtureHtml, isLate, parseHtml } from './fixture-helpers';

// Facts a truncated page may lose (null) but must never get wrong.
const CHECKED = [
	'itemId',
	'title',
	'price',
	'listPrice',
	'shopName',
	'shopId',
	'sellerId',
	'shipFrom',
	'shippingFee',
	'weight',
] as const;
const files = Object.keys(EXPECTED).filter((f) => !isLate(f) && !/20k/.test(f));

/** The truncation and garbling properties parse every fixture dozens of times: slow on a loaded shared machine. */
const HEAVY_MS = 120_000;

/** The facts read, or null when the page (cut before it says anything) is no seller page yet; a failure throws. */
function readOk(html: string, url: string): PageFacts | null {
	const reading = readPage(parseHtml(html), new URL(url));
	if (reading && !reading.ok) throw new Error(`no facts: ${JSON.stringify(reading)}`);
	return reading?.facts ?? null;
}

describe('fuzz: never throws, never hangs, null rather than wrong', () => {
	test(
		'truncated fixtures (cut at a tag boundary, as a page still streaming) only lose facts',
		() => {
			for (const file of files) {
				const { url } = EXPECTED[file] as { url: string };
				const html = fixtureHtml(file);
				const full = readOk(html, url);
				if (!full) throw new Error(`${file}: the whole page reads to nothing`);
				const cuts = [...html.matchAll(/</g)].map((m) => m.index);
				fc.assert(
					fc.property(fc.constantFrom(...cuts), (cut) => {
						const part = readOk(html.slice(0, cut), url);
						for (const name of CHECKED) {
							const v = part?.[name] ?? null;
							if (v !== null && part?.pageType === full.pageType)
								expect(v, `${file} cut ${cut}: ${name}`).toEqual(full[name]);
						}
					}),
					{ numRuns: 60, seed: 20260101 },
				);
			}
		},
		HEAVY_MS,
	);

	test(
		'truncated at any character: no throw, and a price is never one the full page does not show',
		() => {
			for (const file of files) {
				const { url } = EXPECTED[file] as { url: string };
				const html = fixtureHtml(file);
				const fullFen = readOk(html, url)?.price?.fen ?? null;
				fc.assert(
					fc.property(fc.integer({ min: 0, max: html.length }), (cut) => {
						const part = readOk(html.slice(0, cut), url);
						if (part?.pageType === 'item' && part.price) expect(part.price.fen, `${file} cut ${cut}`).toBe(fullFen);
					}),
					{ numRuns: 25, seed: 7 },
				);
			}
		},
		HEAVY_MS,
	);

	test('random HTML on every seller URL: a typed result, never a throw', () => {
		const urls = Object.values(EXPECTED).map((e) => e.url);
		const tag = fc.constantFrom('div', 'span', 'script', 'h1', 'a', 'meta', 'input', 'dl', 'dt', 'dd', 'li');
		const cls = fc.constantFrom(
			'',
			'class="price J-p-1"',
			'class="highlightPrice--x"',
			'id="J_Title"',
			'id="J_DetailMeta"',
			'class="rightWrap--a"',
			'id="summary-service"',
			'class="shopName--q"',
			'data-spm="shop_block"',
			'id="choose-baitiao"',
			'class="attrs"',
		);
		const text = fc.oneof(
			fc.string(),
			fc.constantFrom(
				'￥10.00',
				'.00',
				'快递 ￥10.00',
				'99元免基础运费',
				'重量(g) 60',
				'var g_config = {',
				'window.rawData={"goods":{',
				'花呗',
			),
		);
		const html = fc
			.array(fc.tuple(tag, cls, text), { maxLength: 30 })
			.map((parts) => parts.map(([t, c, x]) => `<${t} ${c}>${x}`).join(''));
		fc.assert(
			fc.property(fc.constantFrom(...urls), html, (url, h) => {
				const reading = readPage(parseHtml(h), new URL(url));
				expect(reading === null || typeof reading.ok === 'boolean').toBe(true);
			}),
			{ numRuns: 300, seed: 42 },
		);
	});

	test(
		'garbled globals: random edits to the embedded data never throw and never invent ids',
		() => {
			const html = fixtureHtml('taobao-item-legacy.html');
			const start = html.indexOf('var g_config');
			const end = html.indexOf('</script>', start);
			fc.assert(
				fc.property(
					fc.integer({ min: start, max: end }),
					fc.integer({ min: 0, max: 40 }),
					fc.string({ maxLength: 8 }),
					(at, del, ins) => {
						const garbled = html.slice(0, at) + ins.replace(/</g, '') + html.slice(at + del);
						const facts = readOk(garbled, 'https://item.taobao.com/item.htm?id=44788503208');
						expect([null, '58241739']).toContain(facts?.shopId ?? null);
						expect([null, '201580779']).toContain(facts?.sellerId ?? null);
					},
				),
				{ numRuns: 200, seed: 3 },
			);
		},
		HEAVY_MS,
	);

	test('literal reader on random and adversarial input: returns, bounded', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (s) => {
				parseLiteral(s);
				findLiteralInScript(`var g_config = ${s}`, 'g_config');
			}),
			{ numRuns: 1000, seed: 11 },
		);
		fc.assert(
			fc.property(
				fc.array(
					fc.constantFrom('{', '[', '}', ']', ',', ':', 'a', "'", '"', '\\', '1', ' ', '/', '*', '\n', '`', '(', ')'),
					{ maxLength: 400 },
				),
				(chars) => {
					parseLiteral(chars.join(''));
					findLiteralInScript(`x = ${chars.join('')}`, 'x');
				},
			),
			{ numRuns: 1000, seed: 12 },
		);
	});

	test('10 000-level nested literal in a page script: completes quickly, data after it still found', () => {
		const deep = `${'{a:'.repeat(10_000)}1${'}'.repeat(10_000)}`;
		const arrays = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
		const doc = parseHtml(`<script>var g_config = { deep: ${deep}, list: ${arrays}, shopId: '5' };</script>`);
		const t = performance.now();
		expect(scriptLiteral(doc, 'g_config')).toMatchObject({ shopId: '5' });
		expect(performance.now() - t).toBeLessThan(1000);
		const unclosed = parseHtml(`<script>var g_config = ${'{a:'.repeat(10_000)}</script>`);
		expect(scriptLiteral(unclosed, 'g_config')).toBeNull();
	});
});
