import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import { vi } from 'vitest';
import { I18nContext, type Lang, type Translate } from '../../components/i18n';
import type { PanelProps } from '../../components/panel/panel';
import { createQuickContract } from '../../utils/core/contract-validation';
import { estimatePage, type PageEstimate } from '../../utils/core/estimate';
import type { PageFacts } from '../../utils/core/page-facts';
import { DEFAULT_SETTINGS } from '../../utils/core/settings-defaults';
import type { MerchantSettings } from '../../utils/core/settings-model';

interface ChromeMessage {
	message: string;
	placeholders?: Record<string, { content: string }>;
}
export type Messages = Record<string, ChromeMessage>;

export const LOCALES = ['zh_CN', 'en', 'vi'] as const;

export function loadMessages(locale: (typeof LOCALES)[number]): Messages {
	return JSON.parse(
		readFileSync(resolve(process.cwd(), `public/_locales/${locale}/messages.json`), 'utf8'),
	) as Messages;
}

/** browser.i18n.getMessage semantics: $NAME$ → its placeholder's content, $1…$9 → substitutions, '' for unknown keys. */
export function makeTranslate(messages: Messages): Translate {
	return (key, substitutions = []) => {
		const entry = messages[key];
		if (!entry) return '';
		const fill = (text: string) =>
			text.replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
		return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
			const placeholder = entry.placeholders?.[name.toLowerCase()];
			return placeholder ? fill(placeholder.content) : whole;
		});
	};
}

export const zh = makeTranslate(loadMessages('zh_CN'));

export function renderI18n(ui: ComponentChild, lang: Lang = 'zh', t: Translate = zh) {
	const wrap = (child: ComponentChild) => <I18nContext.Provider value={{ t, lang }}>{child}</I18nContext.Provider>;
	const result = render(wrap(ui));
	// Views render HTML elements; testing-library types the container as a plain Element.
	return {
		...result,
		container: result.container as HTMLElement,
		rerender: (next: ComponentChild) => result.rerender(wrap(next)),
	};
}

export const NOW = '2026-01-15T08:00:00.000Z';

export function sampleFacts(overrides: Partial<PageFacts> = {}): PageFacts {
	return {
		platform: 'taobao',
		pageType: 'item',
		url: 'https://item.taobao.com/item.htm?id=1',
		itemId: '1',
		title: '夏季连衣裙',
		price: { text: '89.00', fen: 8900 },
		listPrice: null,
		shopName: '小甜崽sweet',
		shopId: '100',
		sellerId: '200',
		shipFrom: { raw: '浙江杭州', province: '33' },
		shippingFee: { raw: '免运费', fen: 0 },
		deliveryPromise: null,
		carrier: null,
		weight: null,
		paymentBadges: [{ raw: '花呗', id: 'huabei' }],
		missing: ['weight'],
		...overrides,
	};
}

/** A real estimate from the core: a ZTO quick contract (first ¥2, ¥1 per started kg) and defaults for the rest. */
export function sampleEstimate(
	facts: PageFacts = sampleFacts(),
	settings: Partial<MerchantSettings> = {},
): PageEstimate {
	const contract = createQuickContract({
		id: 'quick-zto',
		carrier: 'zto',
		firstFen: 200,
		extraFen: 100,
		updatedAt: NOW,
	});
	return estimatePage({ facts, settings: { ...DEFAULT_SETTINGS, ...settings }, contracts: [contract], now: NOW });
}

/**
 * Props of a ready panel on a Taobao item page (sample facts and their estimate), every callback a spy. Pass
 * `facts: null` for a page read without facts (no estimate then) and anything else to override.
 */
export function panelProps(overrides: Partial<PanelProps> = {}): PanelProps {
	const facts = overrides.facts === undefined ? sampleFacts() : overrides.facts;
	return {
		platform: 'taobao',
		pageType: 'item',
		state: 'ready',
		facts,
		estimate: facts ? sampleEstimate(facts) : null,
		currencyDisplay: 'symbol',
		collapsed: false,
		onToggleCollapsed: vi.fn(),
		destination: '11',
		onDestinationChange: vi.fn(),
		weightGrams: 1000,
		onWeightChange: vi.fn(),
		strategy: 'cheapest',
		onStrategyChange: vi.fn(),
		onOpenOptions: vi.fn(),
		...overrides,
	};
}
