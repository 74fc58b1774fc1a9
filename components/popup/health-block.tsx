import type { FactName } from '../../utils/core/page-facts';
import { type PageHealth, pageHealth } from '../../utils/core/page-health';
import { type Translate, useI18n } from '../i18n';
import { Facts } from '../panel/facts';
import type { PopupTab } from './this-tab';

export type ReportStatus = 'copying' | 'copied' | 'not_copied';

export interface HealthBlockProps {
	tab: PopupTab;
	/** The diagnostic report (JSON) once the merchant asked for it; null before. */
	report: string | null;
	/** The report is shown at once; not_copied: the clipboard refused, the merchant copies it from the box. */
	reportStatus: ReportStatus | null;
	includeValues: boolean;
	onIncludeValuesChange: (include: boolean) => void;
	onCopyReport: () => void;
}

function factList(t: Translate, names: readonly FactName[]): string {
	return names.map((name) => t(`health_fact_${name}`)).join(t('health_separator'));
}

/** Which strategy supplied each fact read, and what is missing (and whether this page type shows it at all). */
function HealthDetails({ health }: { health: PageHealth }) {
	const { t } = useI18n();
	const pageType = t(`pagetype_${health.pageType}`);
	const usual = health.missing.filter((name) => !health.unexpected.includes(name));
	return (
		<>
			<table class="pp-health-table">
				<caption class="pg-sr">{t('health_read_caption')}</caption>
				<thead>
					<tr>
						<th scope="col">{t('health_fact')}</th>
						<th scope="col">{t('health_strategy')}</th>
					</tr>
				</thead>
				<tbody>
					{health.read.map(({ name, strategy }) => (
						<tr key={name} data-fact={name} data-strategy={strategy ?? ''}>
							<td>{t(`health_fact_${name}`)}</td>
							<td>{strategy ? t(`health_strategy_${strategy}`) || strategy : t('health_strategy_unknown')}</td>
						</tr>
					))}
				</tbody>
			</table>
			{health.unexpected.length > 0 && <p>{t('health_missing_unexpected', [factList(t, health.unexpected)])}</p>}
			{usual.length > 0 && <p class="pp-hint">{t('health_missing_sometimes', [pageType, factList(t, usual)])}</p>}
			{health.notOnPageType.length > 0 && (
				<p class="pp-hint">{t('health_missing_expected', [pageType, factList(t, health.notOnPageType)])}</p>
			)}
		</>
	);
}

/**
 * "How this page was read" (issue 13, self-diagnosis): one line always, the details on demand, and a report the
 * merchant can paste into an issue. The hooks carry the adapter, how many facts were read and which are missing.
 */
export function HealthBlock({
	tab,
	report,
	reportStatus,
	includeValues,
	onIncludeValuesChange,
	onCopyReport,
}: HealthBlockProps) {
	const { t } = useI18n();
	const health = pageHealth(tab);
	const ms = String(health.readMs ?? '–');
	const summary = !health.adapterId
		? t('health_not_read')
		: health.missing.length
			? t('health_summary_missing', [health.read.length, health.missing.length, factList(t, health.missing), ms])
			: t('health_summary_complete', [health.read.length, ms]);
	return (
		<div
			class="pp-health"
			data-cl="health"
			data-adapter={health.adapterId ?? ''}
			data-read={String(health.read.length)}
			data-missing={health.missing.join(',')}
		>
			<p class="pp-health-line">{summary}</p>
			<div class="pp-health-actions">
				<details class="pp-details">
					<summary>{t('health_details')}</summary>
					{tab.facts && <Facts facts={tab.facts} currency="symbol" assumedGrams={null} />}
					<p class="pp-hint">{t('health_adapter', [health.adapterId ?? '–'])}</p>
					<HealthDetails health={health} />
					<label class="pg-check">
						<input
							type="checkbox"
							checked={includeValues}
							onChange={(event) => onIncludeValuesChange(event.currentTarget.checked)}
						/>
						{t('health_include_values')}
					</label>
				</details>
				<button type="button" data-cl="copy-report" onClick={onCopyReport}>
					{t('health_copy_report')}
				</button>
			</div>
			<p class="pp-hint" role="status">
				{reportStatus === 'copied' && t('health_report_copied')}
				{reportStatus === 'not_copied' && t('health_report_not_copied')}
			</p>
			{report !== null && (
				<textarea
					class="pp-report"
					data-cl="report"
					readOnly
					rows={6}
					aria-label={t('health_report_label')}
					value={report}
				/>
			)}
		</div>
	);
}
