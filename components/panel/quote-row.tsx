import { useState } from 'preact/hooks';
import type { EstimateRow } from '../../utils/core/estimate';
import type { QuoteBreakdown } from '../../utils/core/estimate-model';
import { daysRangeText, tenthsText } from '../days';
import {
	type CurrencyDisplay,
	carrierName,
	contractName,
	formatKg,
	formatMoney,
	formatRate,
	reasonText,
} from '../format';
import { useI18n } from '../i18n';
import { FigureBadge, SourceBadge } from './badge';

interface QuoteRowProps {
	row: EstimateRow;
	currency: CurrencyDisplay;
	/**
	 * One line per carrier (narrow windows): name, price, days and reliability; the provenance, last mile and the
	 * reason move into the details the row's button discloses.
	 */
	compact?: boolean;
}

function Breakdown({ b, currency }: { b: QuoteBreakdown; currency: CurrencyDisplay }) {
	const { t } = useI18n();
	const money = (fen: number) => formatMoney(fen, currency);
	const base =
		b.base.kind === 'band'
			? t('breakdown_band', [formatKg(b.base.maxGrams), money(b.base.fen)])
			: t('breakdown_first', [formatKg(b.base.grams), money(b.base.fen)]);
	const lines: string[] = [
		`${t(`zone_${b.zone}`)}${b.zoneAssumed ? ` \u00b7 ${t('breakdown_zone_assumed')}` : ''}`,
		t('breakdown_weight', [
			formatKg(b.chargeableGrams),
			formatKg(b.actualGrams),
			b.volumetricGrams === null ? t('unknown_value') : formatKg(b.volumetricGrams),
		]),
		base,
	];
	// Past the card's last band the price jumps (STO 2025: ≤3 kg ¥4.50, 3.1 kg ¥8.90): say why.
	if (b.bandsEnded) lines.push(t('breakdown_bands_ended', [formatKg(b.bandsEnded.maxGrams), money(b.bandsEnded.fen)]));
	if (b.extraSteps > 0) lines.push(t('breakdown_extra', [b.extraSteps, money(b.extraFen)]));
	if (b.remoteSurchargeFen > 0) lines.push(t('breakdown_remote', [money(b.remoteSurchargeFen)]));
	if (b.pickupFeeFen > 0) lines.push(t('breakdown_pickup', [money(b.pickupFeeFen)]));
	if (b.doorDeliveryFeeFen > 0) lines.push(t('breakdown_door', [money(b.doorDeliveryFeeFen)]));
	if (b.insuranceFen > 0) lines.push(t('breakdown_insurance', [money(b.insuranceFen)]));
	return (
		<ul class="cl-lines">
			{lines.map((line) => (
				<li key={line}>{line}</li>
			))}
		</ul>
	);
}

/** One carrier: rank, name, what the merchant pays with its provenance, reliability, last mile; details on expand. */
export function QuoteRow({ row, currency, compact = false }: QuoteRowProps) {
	const i18n = useI18n();
	const { t, lang } = i18n;
	const [open, setOpen] = useState(false);
	const { quote, reliability } = row;
	const score = Math.max(0, Math.min(100, Math.round(reliability.score)));
	const lastMile = reliability.lastMile.value;
	const detailsId = `cl-q-${quote.carrier}`;
	// The default price is struck through only when the contract is cheaper; a dearer contract says so instead.
	const contract = quote.source.kind === 'contract' ? quote.source : null;
	const cheaperBy = contract ? quote.listFen - quote.costFen : 0;
	const meta = (
		<div class="cl-quote-meta">
			<SourceBadge source={quote.source} />
			<span class="cl-score">
				<span class="cl-bar" aria-hidden="true">
					<span style={{ width: `${score}%` }} />
				</span>
				{t('quote_reliability', [score])}
			</span>
			<span class={`cl-chip cl-chip-${lastMile}`}>{t(`lastmile_${lastMile}`)}</span>
			<span class="cl-days">
				{daysRangeText(t, row.days)} <span class="cl-badge cl-badge-estimate">{t('badge_estimate')}</span>
			</span>
		</div>
	);
	return (
		<li
			class={`cl-quote${compact ? ' cl-quote-compact' : ''}`}
			data-cl="quote"
			data-carrier={quote.carrier}
			data-cost-fen={String(Math.round(quote.costFen))}
			data-list-fen={String(Math.round(quote.listFen))}
			data-source={quote.source.kind}
			data-reliability={String(score)}
			data-last-mile={lastMile}
			data-rank={String(row.rank)}
			data-days-p50={tenthsText(row.days.p50Tenths)}
			data-days-p90={tenthsText(row.days.p90Tenths)}
		>
			<div class="cl-quote-main">
				<span class="cl-rank">{row.rank}</span>
				<button
					type="button"
					class="cl-carrier"
					aria-expanded={open}
					aria-controls={detailsId}
					onClick={() => setOpen(!open)}
				>
					<span class="cl-caret" aria-hidden="true">
						{open ? '\u25be' : '\u25b8'}
					</span>
					{carrierName(quote.carrier, lang)}
					<span class="cl-sr">{` ${t('quote_details')}`}</span>
				</button>
				{compact && (
					<>
						<span class="cl-compact-days">{daysRangeText(t, row.days)}</span>
						<span class="cl-compact-score">{t('quote_reliability', [score])}</span>
					</>
				)}
				<span class="cl-cost">
					<strong>{formatMoney(quote.costFen, currency)}</strong>
					{cheaperBy > 0 && (
						<s class="cl-list">
							<span class="cl-sr">{t('quote_list_price')} </span>
							{formatMoney(quote.listFen, currency)}
						</s>
					)}
					{cheaperBy < 0 && <span class="cl-dearer">{t('quote_dearer', [formatMoney(-cheaperBy, currency)])}</span>}
				</span>
			</div>
			{!compact && meta}
			{/* The first row says why it is first; the others keep their reason in the details. */}
			{!compact && row.rank === 1 && row.reason && <p class="cl-reason">{reasonText(i18n, row.reason, currency)}</p>}
			<div id={detailsId} class="cl-details" hidden={!open}>
				{open && (
					<>
						{compact && meta}
						{contract && (
							<p>
								{t('quote_contract_name', [
									contractName(i18n, { id: contract.contractId, carrier: quote.carrier, name: contract.contractName }),
								])}
								{t('quote_list_is', [formatMoney(quote.listFen, currency)])}
							</p>
						)}
						{(compact || row.rank !== 1) && row.reason && <p>{reasonText(i18n, row.reason, currency)}</p>}
						{quote.ignoredContract && <p>{reasonText(i18n, quote.ignoredContract.reason, currency)}</p>}
						<Breakdown b={quote.breakdown} currency={currency} />
						<h4>{t('reliability_title', [score])}</h4>
						<ul class="cl-lines">
							<li>
								{t('reliability_on_time')}{' '}
								{reliability.onTimeRate.value === null
									? t('reliability_tiers_only')
									: formatRate(reliability.onTimeRate.value)}{' '}
								<FigureBadge provenance={reliability.onTimeRate.provenance} />
							</li>
							<li>
								{t('reliability_complaints')}{' '}
								{reliability.complaintsPerMillion.value === null
									? t('unknown_value')
									: String(reliability.complaintsPerMillion.value)}{' '}
								<FigureBadge provenance={reliability.complaintsPerMillion.provenance} />
							</li>
							<li>{t('days_details', [tenthsText(row.days.p50Tenths), tenthsText(row.days.p90Tenths)])}</li>
							<li>
								{t(`lastmile_${lastMile}`)} <FigureBadge provenance={reliability.lastMile.provenance} />
							</li>
							<li>
								{t(`network_${reliability.network.value}`)} <FigureBadge provenance={reliability.network.provenance} />
							</li>
							{reliability.factors.map((factor, index) => (
								<li key={`${factor.code}-${index}`} class="cl-factor">
									{reasonText(i18n, factor, currency)}{' '}
									<span class="cl-points">{factor.points > 0 ? `+${factor.points}` : String(factor.points)}</span>
								</li>
							))}
						</ul>
					</>
				)}
			</div>
		</li>
	);
}
