import { factLabels, localDay, rowFacts } from '../../components/compare/compare-format';
import type { CurrencyDisplay } from '../../components/format';
import type { I18n } from '../../components/i18n';
import type { ComparedRow } from '../../utils/core/comparison';
import { fenToYuanText } from '../../utils/core/money';
import { comparisonToJson, csvWithBom } from '../../utils/files/comparison-file';

/** `courier-lens-comparison-YYYY-MM-DD.csv|json`, dated by the merchant's calendar. */
export function exportFileName(format: 'csv' | 'json', now: Date): string {
	return `courier-lens-comparison-${localDay(now.toISOString())}.${format}`;
}

/** The JSON a colleague imports: the stored rows, exactly (README, "Comparison files"). */
export function comparisonJsonOf(rows: readonly ComparedRow[], now: Date): string {
	return comparisonToJson(
		rows.map((row) => row.record),
		now.toISOString(),
	);
}

const yuan = (fen: number | null) => (fen === null ? '' : fenToYuanText(fen));

/**
 * The CSV a merchant opens in Excel: the table's words in the merchant's language, plus the page's key and
 * address, and prices in yuan as plain numbers so that they sort and sum.
 */
export function comparisonCsvOf(rows: readonly ComparedRow[], i18n: I18n, currency: CurrencyDisplay): string {
	const { t } = i18n;
	const header = [
		t('compare_csv_key'),
		t('compare_csv_url'),
		...factLabels(i18n),
		t('compare_csv_price_yuan'),
		t('compare_csv_your_cost_yuan'),
		t('compare_csv_their_cost_yuan'),
	];
	const records = rows.map((row) => [
		row.record.key,
		row.record.url,
		...rowFacts(row, i18n, currency).map((fact) => fact.value),
		yuan(row.record.priceFen),
		yuan(row.yourCostFen),
		yuan(row.theirCostFen),
	]);
	return csvWithBom(header, records);
}
