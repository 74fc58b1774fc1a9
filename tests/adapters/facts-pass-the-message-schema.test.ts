// @vitest-environment happy-dom
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../utils/adapters/registry';
import { MAX_FACT_TEXT } from '../../utils/core/page-facts';
import { requestSchemas } from '../../utils/messaging/schemas';
import { EXPECTED, fixtureHtml, parseHtml } from './fixture-helpers';

/**
 * Whatever an adapter reads must be accepted by the background's message schema: one oversized
 * field would otherwise cost the merchant the whole panel.
 */
function acceptedByBackground(html: string, url: string): boolean {
	const reading = readPage(parseHtml(html), new URL(url));
	if (!reading?.ok) throw new Error(`no facts from ${url}`);
	// The whole reading crosses: facts and how they were read.
	const view = { layout: 'full', dock: 'right', theme: 'light', covered: false };
	return v.safeParse(requestSchemas['cs.reading'], { reading, view }).success;
}

describe('facts cross the message boundary', () => {
	for (const [file, entry] of Object.entries(EXPECTED)) {
		it(`${file}`, () => expect(acceptedByBackground(fixtureHtml(file), entry.url)).toBe(true));
	}

	it('an absurdly long title and shop name are cut, not fatal', () => {
		const long = '长'.repeat(MAX_FACT_TEXT * 3);
		const html = `<html><head><title>${long}</title></head><body>
			<div id="J_Title"><h3 class="tb-main-title" data-title="${long}">${long}</h3></div>
			<div class="tb-shop-name"><a>${long}</a></div></body></html>`;
		const url = `https://item.taobao.com/item.htm?id=1&q=${'x'.repeat(MAX_FACT_TEXT * 2)}`;
		expect(acceptedByBackground(html, url)).toBe(true);
		const reading = readPage(parseHtml(html), new URL(url));
		const title = reading?.ok ? reading.facts.title : null;
		expect(title?.length).toBe(MAX_FACT_TEXT);
		expect(title?.endsWith('…')).toBe(true);
	});
});
