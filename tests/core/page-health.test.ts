import { describe, expect, it } from 'vitest';
import type { PageFacts } from '../../utils/core/page-facts';
import { browserOf, diagnosticReportText, pageHealth } from '../../utils/core/page-health';
import { sampleFacts } from '../components/helpers';

const TAG = 'utm_source';
const itemFacts = (): PageFacts =>
	sampleFacts({
		url: `https://item.taobao.com/item.htm?id=123&${TAG}=secret#reviews`,
		missing: ['carrier', 'shipFrom'],
	});
const diagnostics = {
	adapterId: 'taobao-item',
	strategies: { title: 'embedded', price: 'dom', shopName: 'embedded' },
	readMs: 3.16,
};

function report(includeValues: boolean, facts: PageFacts = itemFacts()) {
	const health = pageHealth({ platform: 'taobao', pageType: facts.pageType, facts, diagnostics });
	return diagnosticReportText({
		extensionVersion: '0.3.0',
		browser: 'Chrome 131',
		platform: 'taobao',
		health,
		facts,
		includeValues,
	});
}

describe('page health', () => {
	it('lists what was read and how, and what is missing', () => {
		const health = pageHealth({ platform: 'taobao', pageType: 'item', facts: itemFacts(), diagnostics });
		expect(health.adapterId).toBe('taobao-item');
		expect(health.read).toContainEqual({ name: 'title', strategy: 'embedded' });
		expect(health.read).toContainEqual({ name: 'price', strategy: 'dom' });
		expect(health.read).toContainEqual({ name: 'itemId', strategy: null });
		// A Taobao item never states a parcel weight: neither read nor missing.
		expect(health.read.map((fact) => fact.name)).not.toContain('weight');
		expect(health.read).toHaveLength(10);
		expect(health.missing).toEqual(['shipFrom', 'carrier']);
		// Every Taobao item names its ship-from; only some name a carrier.
		expect(health.unexpected).toEqual(['shipFrom']);
		expect(health.notOnPageType).toEqual(['weight']);
		expect(health.readMs).toBe(3.2);
	});

	it('says which missing facts a shop page never shows', () => {
		const facts = sampleFacts({ pageType: 'shop', missing: ['sellerId'] });
		const health = pageHealth({ platform: 'taobao', pageType: 'shop', facts, diagnostics });
		expect(health.read.map((fact) => fact.name)).toEqual(['shopName', 'shopId']);
		expect(health.missing).toEqual(['sellerId']);
		expect(health.unexpected).toEqual([]);
		expect(health.notOnPageType).toEqual(expect.arrayContaining(['price', 'shipFrom', 'weight', 'shippingFee']));
	});

	it('an unread page has no adapter and reads nothing', () => {
		const health = pageHealth({ platform: 'taobao', pageType: 'item', facts: null, diagnostics: null });
		expect(health).toMatchObject({ adapterId: null, read: [], readMs: null });
		expect(health.missing).toContain('price');
	});
});

describe('diagnostic report', () => {
	it('names the adapter, strategies, missing facts, host and path, and never the query string or fragment', () => {
		const text = report(false);
		const parsed = JSON.parse(text);
		expect(parsed).toMatchObject({
			format: 'courier-lens-diagnostic',
			extensionVersion: '0.3.0',
			browser: 'Chrome 131',
			adapterId: 'taobao-item',
			page: { host: 'item.taobao.com', path: '/item.htm' },
			strategies: { title: 'embedded', price: 'dom' },
			missingFacts: ['shipFrom', 'carrier'],
			unexpectedlyMissing: ['shipFrom'],
		});
		expect(text).not.toContain(TAG);
		expect(text).not.toContain('id=123');
		expect(text).not.toContain('reviews');
	});

	it('holds no shop name, title or price unless the merchant includes page values', () => {
		const without = report(false);
		for (const value of ['小甜崽sweet', '夏季连衣裙', '8900', '浙江杭州']) expect(without).not.toContain(value);
		expect(JSON.parse(without).values).toBeUndefined();
		const withValues = JSON.parse(report(true));
		expect(withValues.values).toMatchObject({
			shopName: '小甜崽sweet',
			title: '夏季连衣裙',
			priceFen: 8900,
			shipFrom: '浙江杭州',
		});
		expect(JSON.stringify(withValues)).not.toContain(TAG);
	});

	it('survives a page address that is not a URL', () => {
		expect(JSON.parse(report(false, sampleFacts({ url: 'not a url' }))).page).toEqual({ host: '', path: '' });
	});
});

describe('browserOf', () => {
	it('names the browser and its major version', () => {
		expect(browserOf('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0')).toBe('Firefox 128');
		expect(
			browserOf(
				'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
			),
		).toBe('Chrome 131');
		expect(browserOf('Mozilla/5.0 … Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0')).toBe('Edge 131');
	});
});
