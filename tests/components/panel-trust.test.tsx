// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { cleanup, fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Panel, type PanelProps } from '../../components/panel/panel';
import type { MerchantContract } from '../../utils/core/contract-model';
import { createQuickContract } from '../../utils/core/contract-validation';
import { estimatePage } from '../../utils/core/estimate';
import { CARRIER_IDS } from '../../utils/core/ids';
import type { PageFacts } from '../../utils/core/page-facts';
import { DEFAULT_SETTINGS } from '../../utils/core/settings-defaults';
import { loadMessages, NOW, panelProps, renderI18n, sampleFacts } from './helpers';

afterEach(cleanup);

const quick = (carrier: MerchantContract['carrier'], firstFen: number, extraFen: number, patch = {}) => ({
	...createQuickContract({ id: `quick-${carrier}`, carrier, firstFen, extraFen, updatedAt: NOW }),
	...patch,
});

function estimateWith(contracts: MerchantContract[], facts: PageFacts = sampleFacts(), weightGrams = 1000) {
	return estimatePage({ facts, settings: DEFAULT_SETTINGS, contracts, now: NOW, destination: '11', weightGrams });
}

function props(overrides: Partial<PanelProps> = {}): PanelProps {
	const facts = overrides.facts ?? sampleFacts();
	return panelProps({ facts, estimate: estimateWith([], facts), ...overrides });
}

const quoteRow = (container: HTMLElement, carrier: string) =>
	container.querySelector<HTMLElement>(`[data-cl="quote"][data-carrier="${carrier}"]`) as HTMLElement;
const expand = (row: HTMLElement) => fireEvent.click(row.querySelector('button[aria-expanded]') as HTMLButtonElement);
const struck = (row: HTMLElement) => [...row.querySelectorAll('s, del, strike')].map((e) => e.textContent);

describe('numbers a merchant can trust, in the panel (issue 10)', () => {
	it('§1 a dearer contract is not drawn as a discount: "比默认价贵 ¥0.30", nothing struck through', () => {
		const estimate = estimateWith([quick('zto', 280, 100)], sampleFacts(), 2500);
		const { container } = renderI18n(<Panel {...props({ estimate })} />);
		const zto = quoteRow(container, 'zto');
		const cost = Number(zto.dataset.costFen);
		const list = Number(zto.dataset.listFen);
		expect(cost).toBe(480);
		expect(cost).toBeGreaterThan(list);
		expect(struck(zto)).toEqual([]);
		expect(zto.textContent).toContain(`比默认价贵 ¥${((cost - list) / 100).toFixed(2)}`);
	});

	it('§1 a cheaper contract strikes through the default price', () => {
		const estimate = estimateWith([quick('zto', 200, 100)]);
		const { container } = renderI18n(<Panel {...props({ estimate })} />);
		const zto = quoteRow(container, 'zto');
		expect(struck(zto)).toEqual([`原价 ¥${(Number(zto.dataset.listFen) / 100).toFixed(2)}`]);
		expect(zto.textContent).not.toContain('比默认价贵');
	});

	it('§6 the title says 估算 only when a price rests on an estimate', () => {
		const badge = (p: PanelProps) => {
			const { container, unmount } = renderI18n(<Panel {...p} />);
			const found = container.querySelector('[data-cl="estimate-badge"]')?.textContent ?? null;
			unmount();
			return found;
		};
		const everyContract = estimateWith(CARRIER_IDS.map((carrier) => quick(carrier, 300, 100)));
		expect(everyContract.rows.every((row) => row.quote.source.kind === 'contract')).toBe(true);
		expect(badge(props({ estimate: everyContract }))).toBeNull();
		expect(badge(props({ pageType: 'blocked', estimate: null }))).toBeNull();
		const unknownOrigin = sampleFacts({ shipFrom: null });
		expect(badge(props({ facts: unknownOrigin, estimate: estimateWith([], unknownOrigin), state: 'partial' }))).toBe(
			'估算',
		);
	});

	it('§6 one word scheme everywhere: 合同 / 默认 / 估算, never 来源 or 推算', () => {
		const { container } = renderI18n(<Panel {...props({ estimate: estimateWith([quick('zto', 200, 100)]) })} />);
		for (const row of container.querySelectorAll<HTMLElement>('[data-cl="quote"]')) expand(row);
		const words = [...container.querySelectorAll('.cl-badge')].map((b) => b.textContent?.replace(/[\s\dA-Z,.-]/g, ''));
		expect(words.filter((word) => !['长期合同', '默认', '估算'].includes(word ?? ''))).toEqual([]);
		expect(words).toContain('长期合同');
		expect(words).toContain('默认');
		expect(words).toContain('估算');
		for (const part of container.querySelectorAll('.cl-quotes, .cl-payments'))
			expect(part.textContent).not.toMatch(/(?<!数据)来源|推算/);
	});

	it('§6 the contract badge shows its validity, never the save date', () => {
		const dated = estimateWith([quick('zto', 200, 100, { validTo: '2026-12-31' })]);
		const { container } = renderI18n(<Panel {...props({ estimate: dated })} />);
		const badge = quoteRow(container, 'zto').querySelector('.cl-badge-contract');
		expect(badge?.textContent).toBe('合同至 2026-12-31');
		cleanup();
		const open = renderI18n(<Panel {...props({ estimate: estimateWith([quick('zto', 200, 100)]) })} />);
		expect(quoteRow(open.container, 'zto').querySelector('.cl-badge-contract')?.textContent).toBe('长期合同');
		expect(quoteRow(open.container, 'zto').textContent).not.toContain(NOW.slice(0, 10));
	});

	it('§6 a quick contract has a readable name, not its id', () => {
		const { container } = renderI18n(<Panel {...props({ estimate: estimateWith([quick('zto', 200, 100)]) })} />);
		const zto = quoteRow(container, 'zto');
		expand(zto);
		expect(zto.textContent).toContain('中通快递·快速合同');
		expect(zto.textContent).not.toContain('quick-zto');
	});

	it('§6 source codes open that source on the data-sources tab; 数据来源 opens the tab itself', () => {
		const p = props();
		const { container, getByRole } = renderI18n(<Panel {...p} />);
		const source = container.querySelector<HTMLButtonElement>('button.cl-source');
		const id = source?.dataset.sourceId;
		expect(id).toMatch(/^[A-Z]\d+$/);
		expect(source?.getAttribute('aria-label')).toContain(id);
		fireEvent.click(source as HTMLButtonElement);
		expect(p.onOpenOptions).toHaveBeenLastCalledWith({ tab: 'sources', source: id });
		fireEvent.click(getByRole('button', { name: '数据来源' }));
		expect(p.onOpenOptions).toHaveBeenLastCalledWith({ tab: 'sources', source: null });
	});

	it('§7 identical defaults are said once, with a prompt to enter a contract', () => {
		const p = props();
		const { container } = renderI18n(<Panel {...p} />);
		const line = container.querySelectorAll('[data-cl="identical-defaults"]');
		expect(line.length).toBe(1);
		expect(p.estimate?.identicalDefaults.length).toBeGreaterThanOrEqual(2);
		expect(line[0]?.textContent).toMatch(/^中通快递、.+的默认价相同：填入你的合同价后才能比较。/);
		fireEvent.click(line[0]?.querySelector('button') as HTMLButtonElement);
		expect(p.onOpenOptions).toHaveBeenLastCalledWith({ tab: 'contracts', source: null });
		cleanup();
		const contracted = estimateWith(CARRIER_IDS.map((carrier, i) => quick(carrier, 300 + i, 100)));
		const none = renderI18n(<Panel {...props({ estimate: contracted })} />);
		expect(none.container.querySelector('[data-cl="identical-defaults"]')).toBeNull();
	});

	it('§7 the 3 kg band cliff is explained in the row breakdown', () => {
		const estimate = estimateWith([], sampleFacts(), 3100);
		const row = estimate.rows.find((r) => r.quote.breakdown.bandsEnded !== null);
		expect(row).toBeDefined();
		const { container } = renderI18n(<Panel {...props({ estimate, weightGrams: 3100 })} />);
		const element = quoteRow(container, row?.quote.carrier ?? '');
		expand(element);
		expect(element.querySelector('.cl-details')?.textContent).toMatch(
			/超过最后一档（3 kg以内¥\d+\.\d\d）后改按首重加续重计价/,
		);
	});

	it('§8 a shop page lists as "not read" only what a shop page can show', () => {
		const shop = sampleFacts({
			pageType: 'shop',
			itemId: null,
			title: null,
			price: null,
			shipFrom: null,
			shippingFee: null,
			weight: null,
			paymentBadges: [],
			missing: ['price', 'shipFrom', 'shippingFee', 'weight'],
		});
		const { container } = renderI18n(
			<Panel {...props({ pageType: 'shop', facts: shop, estimate: estimateWith([], shop) })} />,
		);
		expect(container.textContent).not.toContain('未读取到');
		cleanup();
		const nameless = { ...shop, shopName: null, missing: [...shop.missing, 'shopName' as const] };
		const other = renderI18n(
			<Panel {...props({ pageType: 'shop', facts: nameless, estimate: estimateWith([], nameless) })} />,
		);
		expect(other.container.querySelector('.cl-unknown')?.textContent).toBe('未读取到：店铺');
	});

	it('§9 a payment seen on the page is not also "availability unknown"; the platform fee is shown once', () => {
		const facts = sampleFacts({ paymentBadges: [{ raw: '信用卡', id: 'credit_card' }] });
		const { container } = renderI18n(<Panel {...props({ facts, estimate: estimateWith([], facts) })} />);
		const card = container.querySelector<HTMLElement>('[data-cl="payment"][data-method="credit_card"]');
		expect(card?.textContent).toContain('本页可见');
		expect(card?.textContent).not.toContain('未知');
		expect(container.querySelectorAll('.cl-pay-platform').length).toBe(1);
	});
});

describe('Chinese typography in the panel (issue 10 §10)', () => {
	const zh = loadMessages('zh_CN');
	/** Every message key the panel's views name literally. */
	const panelKeys = [
		...new Set(
			readdirSync('components/panel')
				.filter((file) => file.endsWith('.tsx'))
				.flatMap((file) => [...readFileSync(`components/panel/${file}`, 'utf8').matchAll(/\bt\('([a-z0-9_]+)'/g)])
				.map((match) => match[1] as string),
		),
	];

	it('no half-width space between Chinese words, placeholders filled with Chinese names', () => {
		expect(panelKeys.length).toBeGreaterThan(30);
		for (const key of panelKeys) {
			const message = zh[key]?.message ?? '';
			const filled = message.replace(/\$([A-Z0-9_]+)\$/g, (_, name: string) =>
				/PROVINCE|CARRIER|NAME|FACTS|STRATEGY/.test(name) ? '浙江' : '1',
			);
			expect(filled, key).not.toMatch(
				/[\u4e00-\u9fff\uff08\uff09\u3001] +[\u4e00-\u9fff]|[\u4e00-\u9fff] +[\uff08\u3001]/,
			);
			expect(message, key).not.toMatch(/[\u4e00-\u9fff] ?\(|\) ?[\u4e00-\u9fff]/);
		}
	});

	it('puts the CJK fonts merchants have before system-ui', () => {
		const css = readFileSync('components/panel/panel.css', 'utf8');
		const stack = css.match(/font-family:\s*([^;]+);/)?.[1] ?? '';
		const at = (font: string) => stack.indexOf(font);
		for (const font of ['"PingFang SC"', '"Microsoft YaHei"', '"Noto Sans CJK SC"', '"WenQuanYi Micro Hei"']) {
			expect(at(font), font).toBeGreaterThanOrEqual(0);
			expect(at(font), font).toBeLessThan(at('system-ui'));
		}
	});
});
