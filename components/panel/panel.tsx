import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { PageStanding } from '../../utils/core/comparison-model';
import type { PageEstimate } from '../../utils/core/estimate';
import { RANKING_STRATEGIES, type RankingStrategy } from '../../utils/core/estimate-model';
import type { Platform, ProvinceCode } from '../../utils/core/ids';
import type { PageFacts, PageType } from '../../utils/core/page-facts';
import type { ErrorCode } from '../../utils/core/result';
import type { SourceId } from '../../utils/core/source-ids';
import type { StorageProblemCode } from '../../utils/core/storage-problem';
import { errorText } from '../error-text';
import { type CurrencyDisplay, carrierName, formatMoney, provinceName } from '../format';
import { useI18n } from '../i18n';
import { KgInput } from '../kg-input';
import { ProvinceSelect } from '../province-select';
import { OpenSourceContext } from './badge';
import { CompareSummary } from './compare-summary';
import { DragHandle, type DragHandleProps } from './drag-handle';
import { Facts } from './facts';
import { Payments } from './payments';
import { QuoteRow } from './quote-row';

export type PanelState = 'loading' | 'ready' | 'partial' | 'error';
/** Docked at the right or left edge, or free where the merchant dragged it. */
export type PanelDock = 'right' | 'left' | 'free';
/** Where the panel opens the options page: the data-sources tab (at a source), or the contracts. */
export interface OptionsTarget {
	tab: 'sources' | 'contracts';
	source: SourceId | null;
}
/** By window width: full from 1,100 px, compact below (one line per carrier), a bottom sheet under 600 px. */
export type PanelLayout = 'full' | 'compact' | 'sheet';

export interface PanelProps {
	platform: Platform;
	pageType: PageType;
	state: PanelState;
	facts: PageFacts | null;
	/** The core's PageEstimate; null while loading, on blocked pages and on errors. */
	estimate: PageEstimate | null;
	currencyDisplay: CurrencyDisplay;
	/** Default: full. Compact and sheet show one line per carrier, details on demand. */
	layout?: PanelLayout;
	/** Reply error code (`internal`, `storage_unavailable` …) shown translated in the error state. */
	errorCode?: ErrorCode | null;
	collapsed: boolean;
	/** Also called on Escape while expanded. Focus stays on (moves to) the toggle either way. */
	onToggleCollapsed: () => void;
	/** Where the host placed the panel (default: docked right). */
	dock?: PanelDock;
	/** Move by the header's grip (pointer drag, arrow keys, Home/End); absent: no grip. */
	grip?: DragHandleProps;
	destination: ProvinceCode;
	onDestinationChange: (code: ProvinceCode) => void;
	weightGrams: number;
	onWeightChange: (grams: number) => void;
	strategy: RankingStrategy;
	onStrategyChange: (strategy: RankingStrategy) => void;
	/** Opens the options page at the data sources (at one source) or the contracts; links are hidden when absent. */
	onOpenOptions?: (target: OptionsTarget) => void;
	/** The database cannot be read: the prices are the default cards', and one line says why contracts are missing. */
	storageProblem?: StorageProblemCode | null;
	/** How this page stands among the merchant's recorded pages; null when unknown. */
	comparison?: PageStanding | null;
	/** Opens the comparison (compare.html#shops) at this page's row; the button is hidden when absent. */
	onOpenCompare?: () => void;
	/** "要不要换快递？": opens the switch calculator from this page's origin; hidden when absent. */
	onOpenSwitchCalculator?: () => void;
}

/** The docked panel on a seller page. Renders only what it is given: no numbers on blocked or failed pages. */
export function Panel(props: PanelProps) {
	const i18n = useI18n();
	const { t, lang } = i18n;
	const toggle = useRef<HTMLButtonElement>(null);
	/** Set when the merchant collapsed or expanded the panel: the toggle of the new layout takes the focus. */
	const toggled = useRef(false);
	useEffect(() => {
		if (!toggled.current) return;
		toggled.current = false;
		toggle.current?.focus();
	}, [props.collapsed]);
	const onToggle = () => {
		toggled.current = true;
		props.onToggleCollapsed();
	};
	const { estimate, facts, currencyDisplay: currency } = props;
	const blocked = props.pageType === 'blocked';
	const showQuotes = !blocked && estimate !== null && (props.state === 'ready' || props.state === 'partial');
	const rows = showQuotes ? estimate.rows : [];
	const best = rows.length > 0 ? Math.min(...rows.map((row) => row.quote.costFen)) : null;
	const compact = props.layout === 'compact' || props.layout === 'sheet';
	// The title says 估算 only when a price shown rests on an estimate: an assumed zone, or an estimated default card.
	const estimated = rows.some(
		({ quote }) =>
			quote.breakdown.zoneAssumed || (quote.source.kind === 'default' && quote.source.provenance.status === 'estimate'),
	);
	const { onOpenOptions } = props;
	const openSource = onOpenOptions ? (source: SourceId) => onOpenOptions({ tab: 'sources', source }) : null;
	// Only this line is announced when it changes ("最便宜：中通 ¥3.50"), never the whole list.
	const first = rows[0];
	const announcement =
		first && estimate
			? t('panel_announce', [
					t(`strategy_${estimate.strategy}`),
					carrierName(first.quote.carrier, lang),
					formatMoney(first.quote.costFen, currency),
				])
			: '';

	let body: ComponentChildren;
	if (blocked) body = <p class="cl-note">{t('panel_blocked')}</p>;
	else if (props.state === 'error')
		body = (
			<p class="cl-note" role="alert">
				{errorText(i18n, props.errorCode ?? 'internal')}
			</p>
		);
	else if (!showQuotes) body = <p class="cl-note">{t('panel_loading')}</p>;
	else
		body = (
			<>
				{props.storageProblem && (
					<p class="cl-storage" role="status" data-cl="storage-problem" data-code={props.storageProblem}>
						{t(`storage_problem_${props.storageProblem}`)}
					</p>
				)}
				{facts && (
					<Facts
						facts={facts}
						currency={currency}
						assumedGrams={estimate.weightSource === 'page' ? null : estimate.parcel.actualGrams}
					/>
				)}
				<div class="cl-controls">
					<span class="cl-field">
						<label for="cl-destination">{t('control_destination')}</label>
						<ProvinceSelect
							id="cl-destination"
							hook="destination"
							value={props.destination}
							onChange={props.onDestinationChange}
						/>
					</span>
					<span class="cl-field">
						<label for="cl-weight">{t('control_weight_kg')}</label>
						<KgInput id="cl-weight" class="cl-weight" grams={props.weightGrams} onChange={props.onWeightChange} />
					</span>
				</div>
				<p class="cl-route">
					{estimate.origin === null
						? t('route_origin_unknown')
						: estimate.originSource === 'warehouse'
							? t('route_from_warehouse', [provinceName(estimate.origin, lang)])
							: t('route_from_page', [provinceName(estimate.origin, lang)])}
				</p>
				{estimate.identicalDefaults.length > 0 && (
					<p class="cl-identical" data-cl="identical-defaults">
						{t('panel_identical_defaults', [
							estimate.identicalDefaults.map((carrier) => carrierName(carrier, lang)).join(t('list_separator')),
						])}
						{onOpenOptions && (
							<button type="button" class="cl-link" onClick={() => onOpenOptions({ tab: 'contracts', source: null })}>
								{t('panel_enter_contract')}
							</button>
						)}
					</p>
				)}
				<ol class="cl-quotes" aria-label={t('quotes_title')}>
					{rows.map((row) => (
						<QuoteRow key={row.quote.carrier} row={row} currency={currency} compact={compact} />
					))}
				</ol>
				{props.onOpenSwitchCalculator && (
					<p class="cl-switch">
						<button type="button" class="cl-link" data-cl="open-switch" onClick={props.onOpenSwitchCalculator}>
							{t('panel_open_switch')}
						</button>
					</p>
				)}
				<CompareSummary
					standing={props.comparison ?? null}
					currency={currency}
					onOpenCompare={props.collapsed ? undefined : props.onOpenCompare}
				/>
				<Payments payments={estimate.payments} platformFee={estimate.platformFee} currency={currency} />
			</>
		);

	return (
		<OpenSourceContext.Provider value={openSource}>
			<section
				class={`cl-panel${props.collapsed ? ' cl-collapsed' : ''}`}
				data-cl="panel"
				data-platform={props.platform}
				data-page-type={props.pageType}
				data-state={props.state}
				data-collapsed={String(props.collapsed)}
				data-dock={props.dock ?? 'right'}
				aria-label={t('extName')}
				onKeyDown={(event) => {
					if (event.key !== 'Escape') return;
					event.preventDefault();
					if (props.collapsed) toggle.current?.focus();
					else onToggle();
				}}
			>
				{props.collapsed ? (
					<div class="cl-collapsed-bar">
						<button
							ref={toggle}
							type="button"
							class="cl-tab"
							aria-expanded="false"
							aria-controls="cl-body"
							onClick={onToggle}
						>
							<span class="cl-brand">{t('extName')}</span>{' '}
							{best !== null && <span>{t('panel_tab_from', [formatMoney(best, currency)])}</span>}
						</button>
						{/* The comparison stays one click away while collapsed (the body's own link is hidden then). */}
						{props.onOpenCompare && (
							<button
								type="button"
								class="cl-link"
								data-cl="open-compare"
								aria-label={t('panel_open_compare')}
								onClick={props.onOpenCompare}
							>
								{t('panel_open_compare_short')}
							</button>
						)}
					</div>
				) : (
					<header class="cl-head">
						{props.grip && <DragHandle {...props.grip} />}
						<h2 class="cl-title">
							{t('extName')}
							{estimated && (
								<>
									{' '}
									<span class="cl-badge cl-badge-estimate" data-cl="estimate-badge">
										{t('panel_estimate_label')}
									</span>
								</>
							)}
						</h2>
						<button
							ref={toggle}
							type="button"
							class="cl-icon"
							aria-expanded="true"
							aria-controls="cl-body"
							aria-label={t('panel_collapse')}
							onClick={onToggle}
						>
							{'\u2013'}
						</button>
					</header>
				)}
				<p class="cl-sr" role="status" aria-live="polite" data-cl="announce">
					{announcement}
				</p>
				{/* Kept in the DOM while collapsed so the automation hooks stay readable. */}
				<div id="cl-body" class="cl-body" hidden={props.collapsed}>
					{showQuotes && (
						<fieldset class="cl-strategies">
							<legend class="cl-sr">{t('strategy_label')}</legend>
							{RANKING_STRATEGIES.map((strategy) => (
								<button
									key={strategy}
									type="button"
									aria-pressed={props.strategy === strategy}
									onClick={() => props.onStrategyChange(strategy)}
								>
									{t(`strategy_${strategy}`)}
								</button>
							))}
						</fieldset>
					)}
					{body}
					{onOpenOptions && (
						<footer class="cl-foot">
							<button
								type="button"
								class="cl-link"
								data-cl="open-sources"
								onClick={() => onOpenOptions({ tab: 'sources', source: null })}
							>
								{t('panel_open_options')}
							</button>
						</footer>
					)}
				</div>
			</section>
		</OpenSourceContext.Provider>
	);
}
