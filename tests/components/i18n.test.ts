// @vitest-environment happy-dom
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPTIONS_TABS } from '../../components/options/options-view';
import { PLATFORM_FEE_KINDS, RANKING_STRATEGIES } from '../../utils/core/estimate-model';
import { LAST_MILES, PAYMENT_METHOD_IDS, PLATFORMS } from '../../utils/core/ids';
import { ISSUE_CODES } from '../../utils/core/issues';
import { PAGE_TYPES } from '../../utils/core/page-facts';
import { FIGURE_STATUSES } from '../../utils/core/provenance';
import { REASON_CODES, RELIABILITY_FACTOR_CODES } from '../../utils/core/reason-codes';
import { ERROR_CODES } from '../../utils/core/result';
import { SOURCE_KINDS, WEAKNESSES } from '../../utils/core/sources';
import { STORAGE_PROBLEM_CODES } from '../../utils/core/storage-problem';
import { ZONES } from '../../utils/core/zones';
import { LOCALES, loadMessages, makeTranslate } from './helpers';

const messages = Object.fromEntries(LOCALES.map((locale) => [locale, loadMessages(locale)])) as Record<
	(typeof LOCALES)[number],
	ReturnType<typeof loadMessages>
>;
const zhKeys = Object.keys(messages.zh_CN).sort();

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.tsx?$/.test(name) ? [path] : [];
	});
}

describe('locales', () => {
	it('have the same keys in zh_CN, en and vi', () => {
		expect(Object.keys(messages.en).sort()).toEqual(zhKeys);
		expect(Object.keys(messages.vi).sort()).toEqual(zhKeys);
		expect(zhKeys).toContain('extName');
		expect(zhKeys).toContain('extDescription');
	});

	it('declare every key once (JSON.parse would silently keep the last of two)', () => {
		for (const locale of LOCALES) {
			const text = readFileSync(resolve('public/_locales', locale, 'messages.json'), 'utf8');
			const keys = [...text.matchAll(/^\s*"([A-Za-z0-9_]+)":\s*\{/gm)].map((m) => m[1]);
			const repeated = keys.filter((key, index) => keys.indexOf(key) !== index);
			expect(repeated, locale).toEqual([]);
		}
	});

	it('follow the Chrome i18n format: valid names, declared placeholders, $1…$9 content, no empty message', () => {
		for (const locale of LOCALES) {
			for (const [key, entry] of Object.entries(messages[locale])) {
				expect(key, `${locale} ${key}`).toMatch(/^[A-Za-z0-9_]+$/);
				expect(entry.message.trim(), `${locale} ${key}`).not.toBe('');
				const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase());
				const declared = Object.keys(entry.placeholders ?? {});
				expect([...new Set(used)].sort(), `${locale} ${key}`).toEqual(declared.sort());
				for (const placeholder of Object.values(entry.placeholders ?? {})) {
					expect(placeholder.content).toMatch(/^\$[1-9]$/);
				}
				// Every locale substitutes the same positions as the default locale.
				const zhPlaceholders = messages.zh_CN[key]?.placeholders ?? {};
				expect(entry.placeholders ?? {}, `${locale} ${key}`).toEqual(zhPlaceholders);
			}
		}
	});

	it('contain every key the components use', () => {
		const root = resolve(process.cwd(), 'components');
		const used = new Set<string>();
		for (const file of sourceFiles(root)) {
			const text = readFileSync(file, 'utf8');
			for (const match of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(match[1] ?? '');
			// Keys carried as data (`key: 'error_…'`) in the contract draft.
			for (const match of text.matchAll(/\bkey: '([A-Za-z0-9_]+)'/g)) used.add(match[1] ?? '');
		}
		expect(used.size).toBeGreaterThan(100);
		const missing = [...used].filter((key) => !(key in messages.zh_CN));
		expect(missing).toEqual([]);
	});

	it('contain every key the entrypoints use (options data-sources rows, for instance)', () => {
		const used = new Set<string>();
		for (const file of sourceFiles(resolve(process.cwd(), 'entrypoints'))) {
			const text = readFileSync(file, 'utf8');
			for (const match of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(match[1] ?? '');
		}
		expect(used.size).toBeGreaterThan(0);
		expect([...used].filter((key) => !(key in messages.zh_CN))).toEqual([]);
	});

	it('translate every dynamic key family', () => {
		const families = [
			...REASON_CODES.map((code) => `reason_${code}`),
			'reason_most_reliable_lead',
			...ERROR_CODES.map((code) => `error_${code}`),
			...ISSUE_CODES.map((code) => `issue_${code}`),
			...ZONES.map((zone) => `zone_${zone}`),
			...LAST_MILES.map((mile) => `lastmile_${mile}`),
			...PAYMENT_METHOD_IDS.map((id) => `payment_${id}`),
			...PLATFORMS.map((platform) => `platform_${platform}`),
			...PAGE_TYPES.map((type) => `pagetype_${type}`),
			...RANKING_STRATEGIES.map((strategy) => `strategy_${strategy}`),
			...FIGURE_STATUSES.map((status) => `status_${status}`),
			...PLATFORM_FEE_KINDS.map((kind) => `platform_fee_${kind}`),
			...SOURCE_KINDS.map((kind) => `source_kind_${kind}`),
			...WEAKNESSES.map((weakness) => `source_weak_${weakness}`),
			...['shopName', 'price', 'shipFrom', 'shippingFee', 'weight'].map((name) => `fact_${name}`),
			...['direct', 'franchise'].map((network) => `network_${network}`),
			...OPTIONS_TABS.map((tab) => `options_tab_${tab}`),
			...RELIABILITY_FACTOR_CODES.map((code) => `factor_${code}`),
			...STORAGE_PROBLEM_CODES.map((code) => `storage_problem_${code}`),
		];
		const missing = families.filter((key) => !(key in messages.zh_CN));
		expect(missing).toEqual([]);
	});

	it('word every error, issue, field and source in natural Chinese: no half-width space beside a Chinese character', () => {
		const mine = Object.entries(messages.zh_CN).filter(([key]) =>
			/^(error_|issue_|issues_|field_|source_|sources_|platform_fee_|installments_|import_rejected)/.test(key),
		);
		expect(mine.length).toBeGreaterThan(100);
		for (const [key, entry] of mine) expect(entry.message, key).not.toMatch(/[\u4e00-\u9fff] | [\u4e00-\u9fff]/);
	});

	it('substitute positional arguments the way browser.i18n does', () => {
		const t = makeTranslate(messages.zh_CN);
		expect(t('panel_tab_from', ['¥2.20'])).toBe('运费 ¥2.20 起');
		expect(t('import_ok', [3, 'a.json'])).toBe('已从 a.json 导入 3 份合同。');
		expect(makeTranslate(messages.en)('import_ok', [3, 'a.json'])).toBe('Imported 3 contracts from a.json.');
		expect(t('no_such_key')).toBe('');
	});
});
