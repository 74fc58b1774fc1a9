import { useEffect, useRef } from 'preact/hooks';
import type { ComparedRow, RowFilter, SortColumn, SortDirection } from '../../utils/core/comparison';
import type { ComparisonIssue } from '../../utils/core/comparison-validation';
import { PLATFORMS } from '../../utils/core/ids';
import type { MerchantSettings } from '../../utils/core/settings-model';
import { useI18n } from '../i18n';
import { KgInput } from '../kg-input';
import { ProvinceSelect } from '../province-select';
import { localDay, localTime } from './compare-format';
import { MAX_PINNED, PinnedCards } from './pinned-cards';
import { ShopsTable } from './shops-table';

/** Why the last visit was not recorded (the background keeps it; see RecordingProblem in the protocol). */
export interface RecordingProblemView {
	at: string;
	code: 'quota' | 'storage';
	detail: string;
}

export type ImportState =
	| { state: 'idle' }
	| { state: 'running'; fileName: string }
	| { state: 'done'; ok: true; fileName: string; imported: number; evicted: number }
	| {
			state: 'done';
			ok: false;
			fileName: string;
			/** Problems in the file, by row; empty when the background refused it (then `code`). */
			issues: ComparisonIssue[];
			code: string | null;
	  };

export type ClearState = 'idle' | 'confirming' | 'clearing' | { error: string };

export interface ShopsTabProps {
	/** null while loading (or when the database is unavailable: loadError says why). */
	settings: MerchantSettings | null;
	/** The rows shown: filtered and sorted. */
	rows: ComparedRow[];
	/** Every recorded row (loaded so far). */
	recordedCount: number;
	/** Set while rows are still arriving from the background. */
	loading: { loaded: number; total: number } | null;
	loadError: { code: string; detail: string } | null;
	settingsError: string | null;
	problem: RecordingProblemView | null;
	sort: { column: SortColumn; direction: SortDirection };
	filter: RowFilter;
	highlightKey: string | null;
	pinned: ComparedRow[];
	/** A fifth row was pinned: say so instead of pinning it. */
	pinLimitReached: boolean;
	importState: ImportState;
	clearState: ClearState;
	onSettingsChange: (patch: Partial<MerchantSettings>) => void;
	onSort: (column: SortColumn) => void;
	onFilterChange: (filter: RowFilter) => void;
	onPin: (key: string) => void;
	onExport: (format: 'csv' | 'json') => void;
	onImport: (file: File) => void;
	onClearRequest: () => void;
	onClearConfirm: () => void;
	onClearCancel: () => void;
}

/** The Shops tab of compare.html: every seller page visited, compared with what matching it would cost you. */
export function ShopsTab(props: ShopsTabProps) {
	const { t } = useI18n();
	const currency = props.settings?.currencyDisplay ?? 'symbol';
	return (
		<div class="cmp-shops pg-stack">
			<p class="pg-hint">{t('compare_intro')}</p>
			{props.loadError && (
				<div class="pg-error" role="alert">
					<p>{t('compare_load_failed')}</p>
					<p class="pg-detail">{props.loadError.detail}</p>
				</div>
			)}
			{props.problem && <ProblemNotice problem={props.problem} />}
			{props.settings && (
				<Controls settings={props.settings} onChange={props.onSettingsChange} error={props.settingsError} />
			)}
			<Filters
				filter={props.filter}
				onChange={props.onFilterChange}
				shown={props.rows.length}
				of={props.recordedCount}
			/>
			{props.loading && (
				<p role="status" class="pg-hint cmp-loading">
					{props.loading.total
						? t('compare_loading', [props.loading.loaded, props.loading.total])
						: t('compare_loading_start')}
				</p>
			)}
			{props.pinned.length > 0 && <PinnedCards rows={props.pinned} currency={currency} onUnpin={props.onPin} />}
			{props.pinLimitReached && (
				<p role="status" class="pg-hint">
					{t('compare_pin_limit', [MAX_PINNED])}
				</p>
			)}
			{props.rows.length > 0 ? (
				<ShopsTable
					rows={props.rows}
					currency={currency}
					sort={props.sort}
					onSort={props.onSort}
					pinnedKeys={props.pinned.map((row) => row.record.key)}
					onPin={props.onPin}
					highlightKey={props.highlightKey}
				/>
			) : (
				!props.loading &&
				!props.loadError && <p class="cmp-empty">{t(props.recordedCount ? 'compare_no_match' : 'compare_empty')}</p>
			)}
			<Files {...props} />
		</div>
	);
}

function ProblemNotice({ problem }: { problem: RecordingProblemView }) {
	const { t } = useI18n();
	const when = `${localDay(problem.at)} ${localTime(problem.at)}`;
	return (
		<div class="pg-error" role="alert" data-cl="compare-problem" data-code={problem.code}>
			<p>{t(problem.code === 'quota' ? 'compare_problem_quota' : 'compare_problem_storage', [when])}</p>
			{problem.code === 'storage' && <p class="pg-detail">{problem.detail}</p>}
		</div>
	);
}

function Controls({
	settings,
	onChange,
	error,
}: {
	settings: MerchantSettings;
	onChange: (patch: Partial<MerchantSettings>) => void;
	error: string | null;
}) {
	const { t } = useI18n();
	return (
		<section class="cmp-controls" aria-labelledby="cmp-controls-title">
			<h2 id="cmp-controls-title">{t('compare_controls_title')}</h2>
			<div class="cmp-control-row">
				<div class="pg-row">
					<label for="cmp-warehouse">{t('compare_warehouse')}</label>
					<ProvinceSelect
						id="cmp-warehouse"
						hook="warehouse"
						value={settings.warehouseProvince}
						placeholder={t('compare_warehouse_unset')}
						onChange={(code) => onChange({ warehouseProvince: code })}
					/>
				</div>
				<div class="pg-row">
					<label for="cmp-destination">{t('control_destination')}</label>
					<ProvinceSelect
						id="cmp-destination"
						hook="destination"
						value={settings.defaultDestination}
						onChange={(code) => onChange({ defaultDestination: code })}
					/>
				</div>
				<div class="pg-row">
					<label for="cmp-weight">{t('control_weight_kg')}</label>
					<KgInput
						id="cmp-weight"
						class="pg-short"
						grams={settings.defaultWeightGrams}
						onChange={(grams) => onChange({ defaultWeightGrams: grams })}
					/>
				</div>
			</div>
			<p class="pg-hint">{t('compare_controls_hint')}</p>
			{!settings.warehouseProvince && <p class="pg-hint">{t('compare_warehouse_needed')}</p>}
			<label class="pg-check">
				<input
					type="checkbox"
					data-cl="record-visits"
					checked={settings.recordVisits}
					onChange={(event) => onChange({ recordVisits: event.currentTarget.checked })}
				/>
				{t('compare_record_visits')}
			</label>
			<p class="pg-hint">{t(settings.recordVisits ? 'compare_record_on' : 'compare_record_off')}</p>
			{error && (
				<p class="pg-error" role="alert">
					{t(`error_${error}`) || t('error_internal')}
				</p>
			)}
		</section>
	);
}

function Filters({
	filter,
	onChange,
	shown,
	of,
}: {
	filter: RowFilter;
	onChange: (filter: RowFilter) => void;
	shown: number;
	of: number;
}) {
	const { t } = useI18n();
	return (
		<search class="cmp-filters">
			<div class="pg-row">
				<label for="cmp-platform">{t('compare_filter_platform')}</label>
				<select
					id="cmp-platform"
					data-cl="compare-platform"
					value={filter.platform}
					onChange={(event) => {
						const value = event.currentTarget.value;
						const platform = PLATFORMS.find((p) => p === value) ?? 'all';
						onChange({ ...filter, platform });
					}}
				>
					<option value="all">{t('compare_filter_all')}</option>
					{PLATFORMS.map((platform) => (
						<option key={platform} value={platform}>
							{t(`platform_${platform}`)}
						</option>
					))}
				</select>
				<label for="cmp-search">{t('compare_filter_search')}</label>
				<input
					id="cmp-search"
					type="search"
					data-cl="compare-search"
					value={filter.search}
					placeholder={t('compare_filter_search_placeholder')}
					onInput={(event) => onChange({ ...filter, search: event.currentTarget.value })}
				/>
				<span class="pg-hint" aria-live="polite">
					{t('compare_shown', [shown, of])}
				</span>
			</div>
		</search>
	);
}

function ImportResult({ state }: { state: ImportState }) {
	const { t } = useI18n();
	if (state.state === 'idle') return null;
	if (state.state === 'running')
		return (
			<p role="status" class="pg-hint">
				{t('compare_import_running', [state.fileName])}
			</p>
		);
	if (state.ok)
		return (
			<div class="pg-ok" role="status" data-cl="compare-import-result" data-ok="true" data-rows={state.imported}>
				<p>{t('compare_import_ok', [state.imported, state.fileName])}</p>
				{state.evicted > 0 && <p>{t('compare_import_evicted', [state.evicted])}</p>}
			</div>
		);
	return (
		<div class="pg-error" role="alert" data-cl="compare-import-result" data-ok="false" data-rows="0">
			<p>{t('compare_import_rejected', [state.fileName])}</p>
			{state.code && <p>{t(`error_${state.code}`) || t('error_internal')}</p>}
			{state.issues.length > 0 && (
				<ul>
					{state.issues.map((issue, index) => (
						<li key={index} data-row={issue.row ?? ''} data-field={issue.field}>
							{issue.row === null
								? t(`compare_import_issue_${issue.kind}`)
								: // Substitutions in the placeholders' order: field, problem, row.
									t('compare_import_row', [issue.field, t(`compare_import_issue_${issue.kind}`), issue.row])}
						</li>
					))}
				</ul>
			)}
		</div>
	);
}

/** Export the rows shown, import a colleague's file, clear the history. */
function Files(props: ShopsTabProps) {
	const { t } = useI18n();
	const confirmRef = useRef<HTMLButtonElement>(null);
	const confirming = props.clearState === 'confirming';
	useEffect(() => {
		if (confirming) confirmRef.current?.focus();
	}, [confirming]);
	return (
		<section class="cmp-files" aria-labelledby="cmp-files-title">
			<h2 id="cmp-files-title">{t('compare_files_title')}</h2>
			<p class="pg-hint">{t('compare_export_hint', [props.rows.length])}</p>
			<div class="pg-actions">
				<button type="button" data-cl="compare-export" data-format="csv" onClick={() => props.onExport('csv')}>
					{t('compare_export_csv')}
				</button>
				<button type="button" data-cl="compare-export" data-format="json" onClick={() => props.onExport('json')}>
					{t('compare_export_json')}
				</button>
			</div>
			<p class="pg-hint">{t('compare_import_hint')}</p>
			<div class="pg-row">
				<label for="cmp-import">{t('compare_import_choose')}</label>
				<input
					id="cmp-import"
					type="file"
					accept=".json,application/json"
					data-cl="compare-import"
					disabled={props.importState.state === 'running'}
					onChange={(event) => {
						const input = event.currentTarget;
						const file = input.files?.[0];
						if (file) props.onImport(file);
						// The same file can be chosen again after fixing it.
						input.value = '';
					}}
				/>
			</div>
			<ImportResult state={props.importState} />
			<div class="pg-actions">
				<button
					type="button"
					class="pg-danger"
					data-cl="compare-clear"
					aria-expanded={confirming}
					aria-controls="cmp-clear-confirm"
					disabled={props.recordedCount === 0 || props.clearState === 'clearing'}
					onClick={props.onClearRequest}
				>
					{t('compare_clear')}
				</button>
			</div>
			{confirming && (
				<fieldset id="cmp-clear-confirm" class="cmp-confirm">
					<legend>{t('compare_clear_question', [props.recordedCount])}</legend>
					<div class="pg-actions">
						<button ref={confirmRef} type="button" class="pg-danger" data-cl="confirm" onClick={props.onClearConfirm}>
							{t('compare_clear_confirm')}
						</button>
						<button type="button" onClick={props.onClearCancel}>
							{t('compare_clear_cancel')}
						</button>
					</div>
				</fieldset>
			)}
			{typeof props.clearState === 'object' && (
				<p class="pg-error" role="alert">
					{t(`error_${props.clearState.error}`) || t('error_internal')}
				</p>
			)}
		</section>
	);
}
