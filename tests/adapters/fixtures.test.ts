// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { readPage } from '../../utils/adapters/registry';
import { asExpected, EXPECTED, fixtureHtml, isLate, parseHtml, pickStated, servePage } from './fixture-helpers';

describe('every fixture reads to its expected facts', () => {
	for (const [file, entry] of Object.entries(EXPECTED)) {
		test(file, async () => {
			const url = new URL(entry.url);
			let doc = parseHtml(fixtureHtml(file));
			const page = isLate(file) ? servePage(file, entry.url) : null;
			if (page) {
				await page.happyDOM.waitUntilComplete(); // the late inline script has replaced the price node
				doc = page.document as unknown as Document;
			}
			const reading = readPage(doc, url);
			await page?.happyDOM.close();
			expect(reading?.ok, JSON.stringify(reading)).toBe(true);
			if (!reading?.ok) return;
			expect(pickStated(asExpected(reading.facts), entry.expected)).toEqual(entry.expected);
			// `missing` names exactly the looked-for facts that came out empty.
			for (const name of reading.facts.missing) {
				const v = reading.facts[name];
				expect(v === null || (Array.isArray(v) && v.length === 0), name).toBe(true);
			}
		});
	}
});
