import type { SwitchRow, Verdict } from '../../utils/core/switch-calculator';
import { tenthsText } from '../days';
import { type CurrencyDisplay, carrierName, formatMoney } from '../format';
import { type I18n, useI18n } from '../i18n';
import {
	formatMonthly,
	formatPercentBp,
	formatSignedMonthly,
	formatSignedPerOrder,
	plainDecimal,
	roughNumber,
} from './switch-format';

/** 合同 / 默认 / 估算 (or 合同+默认) for a carrier's price over the mix, with the sources of the default cards. */
function PriceBadge({ row }: { row: SwitchRow }) {
	const { t } = useI18n();
	const estimated = row.defaultStatus === 'estimate';
	const [key, tone] =
		row.source === 'contract'
			? ['badge_contract', 'contract']
			: row.source === 'mixed'
				? ['switch_badge_mixed', estimated ? 'estimate' : 'default']
				: estimated
					? ['badge_estimate', 'estimate']
					: ['badge_default', 'default'];
	return (
		<span class={`sw-badge sw-badge-${tone}`} title={row.defaultSourceIds.join(', ') || undefined}>
			{t(key)}
		</span>
	);
}

function EstimateBadge() {
	const { t } = useI18n();
	return <span class="sw-badge sw-badge-estimate">{t('badge_estimate')}</span>;
}

function complaintsCell({ t, lang }: I18n, row: SwitchRow) {
	if (row.expectedComplaints === null) return <span class="sw-muted">{t('switch_complaints_none')}</span>;
	return (
		<>
			{t('switch_complaints_value', [roughNumber(row.expectedComplaints)])}{' '}
			<span class="sw-badge sw-badge-sourced" title={row.complaintsPerMillion.provenance.note[lang]}>
				{t('switch_complaints_basis', [
					String(row.complaintsPerMillion.value),
					row.complaintsPerMillion.provenance.date,
				])}
			</span>
		</>
	);
}

interface SwitchTableProps {
	rows: readonly SwitchRow[];
	current: SwitchRow;
	currency: CurrencyDisplay;
}

/** Every carrier's month against today's: money, delivery days, last mile and complaints, each with its provenance. */
export function SwitchTable({ rows, current, currency }: SwitchTableProps) {
	const i18n = useI18n();
	const { t, lang } = i18n;
	return (
		<table class="pg-table sw-table">
			<caption>{t('switch_table_caption', [carrierName(current.carrier, lang)])}</caption>
			<thead>
				<tr>
					<th scope="col">{t('switch_col_carrier')}</th>
					<th scope="col">{t('switch_col_monthly')}</th>
					<th scope="col">{t('switch_col_per_order')}</th>
					<th scope="col">{t('switch_col_delta')}</th>
					<th scope="col">{t('switch_col_days')}</th>
					<th scope="col">{t('switch_col_last_mile')}</th>
					<th scope="col">{t('switch_col_complaints')}</th>
				</tr>
			</thead>
			<tbody>
				{rows.map((row) => {
					const isCurrent = row.carrier === current.carrier;
					return (
						<tr
							key={row.carrier}
							class={isCurrent ? 'sw-current' : undefined}
							data-cl="switch-row"
							data-carrier={row.carrier}
							data-monthly-fen={String(row.monthlyFen)}
							data-per-order-fen={String(row.perOrderFen)}
							data-delta-fen={String(row.deltaFen)}
							data-days-p50={tenthsText(row.days.p50Tenths)}
							data-days-p90={tenthsText(row.days.p90Tenths)}
							data-complaints={row.expectedComplaints === null ? '' : plainDecimal(row.expectedComplaints)}
							data-source={row.source}
							data-door={row.lastMile.value}
						>
							<th scope="row">
								{carrierName(row.carrier, lang)}
								{isCurrent && <span class="sw-today"> {t('switch_today')}</span>}
							</th>
							<td>
								{formatMonthly(row.monthlyFen, currency)} <PriceBadge row={row} />
							</td>
							<td>{formatMoney(row.perOrderFen, currency)}</td>
							<td>
								{isCurrent ? (
									<span class="sw-muted">{t('switch_delta_today')}</span>
								) : (
									<>
										{t('switch_delta_value', [
											formatSignedMonthly(row.deltaFen, currency),
											formatSignedPerOrder(row.deltaPerOrderFen, currency),
										])}
										{row.deltaShareOfOrderValueBp !== null && row.deltaPerOrderFen > 0 && (
											<span class="sw-muted">
												{' '}
												{t('switch_delta_share', [formatPercentBp(row.deltaShareOfOrderValueBp)])}
											</span>
										)}
									</>
								)}
							</td>
							<td>
								{t('switch_days_value', [tenthsText(row.days.p50Tenths), tenthsText(row.days.p90Tenths)])}{' '}
								<EstimateBadge />
							</td>
							<td>
								{t(`lastmile_${row.lastMile.value}`)}
								{row.lastMile.provenance.status === 'estimate' && (
									<>
										{' '}
										<EstimateBadge />
									</>
								)}
							</td>
							<td>{complaintsCell(i18n, row)}</td>
						</tr>
					);
				})}
			</tbody>
		</table>
	);
}

/** One sentence per switch worth weighing: "改用京东每月多花 ¥3,240（每单 ¥3.24），送货上门，中位时效快 0.8 天". */
export function verdictText(i18n: I18n, verdict: Verdict, currency: CurrencyDisplay): string {
	const { t, lang } = i18n;
	const carrier = carrierName(verdict.carrier, lang);
	const money =
		verdict.deltaFen > 0
			? t('switch_verdict_more', [
					carrier,
					formatMonthly(verdict.deltaFen, currency),
					formatMoney(verdict.deltaPerOrderFen, currency),
				])
			: verdict.deltaFen < 0
				? t('switch_verdict_less', [
						carrier,
						formatMonthly(-verdict.deltaFen, currency),
						formatMoney(-verdict.deltaPerOrderFen, currency),
					])
				: t('switch_verdict_same', [carrier]);
	const days = Math.abs(verdict.p50DeltaTenths);
	const time =
		verdict.p50DeltaTenths < 0
			? t('switch_verdict_faster', [tenthsText(days)])
			: verdict.p50DeltaTenths > 0
				? t('switch_verdict_slower', [tenthsText(days)])
				: t('switch_verdict_same_time');
	const parts = [money, t(`switch_verdict_lastmile_${verdict.lastMile}`), time];
	if (verdict.deltaShareOfOrderValueBp !== null && verdict.deltaPerOrderFen > 0) {
		parts.push(t('switch_verdict_share', [formatPercentBp(verdict.deltaShareOfOrderValueBp)]));
	}
	return parts.join(t('switch_clause_separator'));
}

export function Verdicts({ verdicts, currency }: { verdicts: readonly Verdict[]; currency: CurrencyDisplay }) {
	const i18n = useI18n();
	if (verdicts.length === 0) return null;
	return (
		<ul class="sw-verdicts">
			{verdicts.map((verdict) => (
				<li key={verdict.carrier} data-carrier={verdict.carrier}>
					{verdictText(i18n, verdict, currency)}
				</li>
			))}
		</ul>
	);
}
