// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { switchModelRows } from '../../entrypoints/options/switch-model-rows';
import { deliveryTimeFigures } from '../../utils/core/delivery-time';
import { SOURCES } from '../../utils/core/sources';
import { LOCALES, loadMessages, makeTranslate } from './helpers';

const LANG = { zh_CN: 'zh', en: 'en', vi: 'vi' } as const;

describe('the switch calculator on the data-sources page', () => {
	it.each(LOCALES)(
		'explains the national mix and the delivery-time model in %s: method steps, then figures',
		(locale) => {
			const t = makeTranslate(loadMessages(locale));
			const rows = switchModelRows({ t, lang: LANG[locale] });
			const groups = [...new Set(rows.map((row) => row.group))];
			expect(groups).toHaveLength(2);
			for (const row of rows) {
				expect(row.group).not.toBe('');
				expect(row.label, JSON.stringify(row)).not.toBe('');
				expect(row.note).not.toBe('');
				for (const id of row.provenance.sourceIds) expect(SOURCES.get(id), id).toBeDefined();
			}
			const [mix, time] = groups.map((group) => rows.filter((row) => row.group === group));
			// 3 method steps + 31 provinces; 5 method steps + every model figure.
			expect(mix).toHaveLength(3 + 31);
			expect(time).toHaveLength(5 + deliveryTimeFigures().length);
			const shares = (mix ?? []).filter((row) => row.value.endsWith('%')).map((row) => Number.parseFloat(row.value));
			expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
			// The method carries the model's own numbers: σ ≈ 0.356 and the per-person national use ≈ 124.2.
			expect(time?.find((row) => row.note.includes('0.356'))).toBeDefined();
			expect(mix?.find((row) => row.note.includes('124.2'))).toBeDefined();
		},
	);
});
