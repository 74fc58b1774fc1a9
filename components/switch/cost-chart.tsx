import type { SwitchRow } from '../../utils/core/switch-calculator';
import type { CurrencyDisplay } from '../format';
import { carrierName } from '../format';
import { useI18n } from '../i18n';
import { formatMonthly } from './switch-format';

interface CostChartProps {
	rows: readonly SwitchRow[];
	current: SwitchRow;
	currency: CurrencyDisplay;
}

const ROW_HEIGHT = 28;
const LABEL_WIDTH = 112;
const BAR_AREA = 420;
const VALUE_WIDTH = 108;
const TOP = 8;

/**
 * Monthly cost per carrier as horizontal bars, today's carrier highlighted and marked by a dashed line across
 * the chart. Plain SVG: colours come from the page's CSS variables, so it follows light and dark themes; text is
 * real text in the page's font, so Chinese renders like the rest of the page. The table beside it holds the same
 * figures for screen readers; the chart is one image with a summary.
 */
export function CostChart({ rows, current, currency }: CostChartProps) {
	const { t, lang } = useI18n();
	const max = Math.max(1, ...rows.map((row) => row.monthlyFen));
	const width = LABEL_WIDTH + BAR_AREA + VALUE_WIDTH;
	const height = TOP * 2 + rows.length * ROW_HEIGHT;
	const x = (fen: number) => LABEL_WIDTH + (fen / max) * BAR_AREA;
	const cheapest = rows.reduce((best, row) => (row.monthlyFen < best.monthlyFen ? row : best), current);
	const summary = t('switch_chart_summary', [
		carrierName(current.carrier, lang),
		formatMonthly(current.monthlyFen, currency),
		carrierName(cheapest.carrier, lang),
		formatMonthly(cheapest.monthlyFen, currency),
	]);
	return (
		<figure class="sw-chart">
			<svg
				viewBox={`0 0 ${width} ${height}`}
				width="100%"
				role="img"
				aria-labelledby="sw-chart-title"
				preserveAspectRatio="xMinYMin meet"
			>
				<title id="sw-chart-title">{summary}</title>
				{rows.map((row, index) => {
					const y = TOP + index * ROW_HEIGHT;
					const isCurrent = row.carrier === current.carrier;
					return (
						<g key={row.carrier} class={isCurrent ? 'sw-chart-current' : undefined}>
							<text
								class="sw-chart-label"
								x={LABEL_WIDTH - 8}
								y={y + ROW_HEIGHT / 2}
								text-anchor="end"
								dominant-baseline="middle"
							>
								{carrierName(row.carrier, lang)}
							</text>
							<rect
								class="sw-chart-bar"
								x={LABEL_WIDTH}
								y={y + 5}
								width={Math.max(1, x(row.monthlyFen) - LABEL_WIDTH)}
								height={ROW_HEIGHT - 10}
								rx="3"
							/>
							<text class="sw-chart-value" x={x(row.monthlyFen) + 6} y={y + ROW_HEIGHT / 2} dominant-baseline="middle">
								{formatMonthly(row.monthlyFen, currency)}
							</text>
						</g>
					);
				})}
				<line
					class="sw-chart-today"
					x1={x(current.monthlyFen)}
					x2={x(current.monthlyFen)}
					y1={TOP / 2}
					y2={height - TOP / 2}
				/>
			</svg>
			<figcaption class="pg-hint">{t('switch_chart_caption', [carrierName(current.carrier, lang)])}</figcaption>
		</figure>
	);
}
