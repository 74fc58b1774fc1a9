import type { PageStanding } from '../../utils/core/comparison-model';
import { type CurrencyDisplay, reasonText } from '../format';
import { useI18n } from '../i18n';

interface CompareSummaryProps {
	/** How this page stands among the other recorded pages of its platform; null when unknown (no id, no database). */
	standing: PageStanding | null;
	currency: CurrencyDisplay;
	/** Opens the comparison with this page's row highlighted; the button is hidden when absent. */
	onOpenCompare?: () => void;
}

/**
 * This page among the merchant's recorded pages, in one line ("包邮：14 家中 9 家；从广东发货：5 家"), its
 * latest change on a revisit ("价格 ¥35.90 → ¥29.90，自 11月20日"), and the way into the comparison.
 */
export function CompareSummary({ standing, currency, onOpenCompare }: CompareSummaryProps) {
	const i18n = useI18n();
	const { t } = i18n;
	if (!standing && !onOpenCompare) return null;
	return (
		<section class="cl-compare" aria-labelledby="cl-compare-title">
			<h3 id="cl-compare-title">{t('panel_compare_title')}</h3>
			{standing && (
				<p data-cl="compare-summary" data-visited={String(standing.visited)}>
					{standing.lines.map((line) => reasonText(i18n, line, currency)).join(t('panel_clause_separator'))}
				</p>
			)}
			{standing?.latestChange && (
				<p class="cl-change" data-cl="compare-change">
					{reasonText(i18n, standing.latestChange, currency)}
				</p>
			)}
			{onOpenCompare && (
				<button type="button" class="cl-link" data-cl="open-compare" onClick={onOpenCompare}>
					{t('panel_open_compare')}
				</button>
			)}
		</section>
	);
}
