import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { MAX_PINNED } from '../../components/compare/pinned-cards';
import type { ClearState, ImportState, RecordingProblemView } from '../../components/compare/shops-tab';
import { ShopsTab } from '../../components/compare/shops-tab';
import { useI18n } from '../../components/i18n';
import {
	compareRows,
	createCostCalculator,
	filterRows,
	type RowFilter,
	type SortColumn,
	type SortDirection,
	sortRows,
} from '../../utils/core/comparison';
import type { PageRecord } from '../../utils/core/comparison-model';
import type { MerchantContract } from '../../utils/core/contract-model';
import type { MerchantSettings } from '../../utils/core/settings-model';
import { MAX_COMPARISON_FILE_BYTES, readComparisonFile } from '../../utils/files/comparison-file';
import { splitIntoBatches } from '../../utils/messaging/batches';
import { PAGES_REVISION_KEY, SETTINGS_REVISION_KEY, sendMessage } from '../../utils/messaging/protocol';
import { MAX_IMPORT_BATCH_ROWS } from '../../utils/messaging/schemas';
import { downloadText } from '../../utils/platform/download';
import { comparisonCsvOf, comparisonJsonOf, exportFileName } from './comparison-export';

/** The first page is small so the table shows at once; the rest arrive in bigger pages. */
const FIRST_PAGE_ROWS = 100;
const PAGE_ROWS = 2_500;
/** A batch message stays well below the browsers' message limits. */
const MAX_BATCH_CHARS = 4_000_000;

/** Marks when the first rows are on screen (the E2E timing reads it). */
const FIRST_ROWS_MARK = 'courier-lens:compare-first-rows';

/** `compare.html?highlight=<key>#shops` highlights that page's row (the panel links here). */
function highlightFromLocation(): string | null {
	return new URLSearchParams(location.search).get('highlight');
}

/** Wires the Shops tab: loads settings, contracts and recorded pages from the background; prices, sorts, files. */
export function ShopsContainer() {
	const i18n = useI18n();
	const [settings, setSettings] = useState<MerchantSettings | null>(null);
	const [contracts, setContracts] = useState<MerchantContract[]>([]);
	const [settingsError, setSettingsError] = useState<string | null>(null);
	const [records, setRecords] = useState<PageRecord[]>([]);
	const [loading, setLoading] = useState<{ loaded: number; total: number } | null>({ loaded: 0, total: 0 });
	const [loadError, setLoadError] = useState<{ code: string; detail: string } | null>(null);
	const [problem, setProblem] = useState<RecordingProblemView | null>(null);
	const [sort, setSort] = useState<{ column: SortColumn; direction: SortDirection }>({
		column: 'last-seen',
		direction: 'descending',
	});
	const [filter, setFilter] = useState<RowFilter>({ platform: 'all', search: '' });
	const [pinnedKeys, setPinnedKeys] = useState<string[]>([]);
	const [pinLimitReached, setPinLimitReached] = useState(false);
	const [importState, setImportState] = useState<ImportState>({ state: 'idle' });
	const [clearState, setClearState] = useState<ClearState>('idle');
	const highlightKey = useMemo(highlightFromLocation, []);
	const loadGeneration = useRef(0);

	const loadState = useCallback(async () => {
		const reply = await sendMessage('ui.getState', null);
		if (!reply.ok) return setLoadError({ code: reply.error.code, detail: reply.error.detail });
		setSettings(reply.value.settings);
		setContracts(reply.value.contracts);
	}, []);

	/**
	 * Loads every recorded row, page by page; a newer load supersedes an older one. The first load shows rows as
	 * they arrive; a reload (after a visit elsewhere, an import, a clear) swaps the table once it has them all.
	 */
	const loadRows = useCallback(async (progressive: boolean) => {
		const generation = ++loadGeneration.current;
		let loaded: PageRecord[] = [];
		for (let offset = 0; ; ) {
			const limit = offset === 0 && progressive ? FIRST_PAGE_ROWS : PAGE_ROWS;
			const reply = await sendMessage('ui.listPages', { offset, limit });
			if (generation !== loadGeneration.current) return;
			if (!reply.ok) {
				setLoadError({ code: reply.error.code, detail: reply.error.detail });
				setLoading(null);
				return;
			}
			if (offset === 0) setProblem(reply.value.problem);
			loaded = [...loaded, ...reply.value.rows];
			offset += reply.value.rows.length;
			const done = reply.value.rows.length < limit || offset >= reply.value.total;
			if (progressive || done) setRecords(loaded);
			if (done) setLoading(null);
			else if (progressive) setLoading({ loaded: offset, total: reply.value.total });
			if (done) return;
		}
	}, []);

	// A layout effect: the requests leave right after the first render, not a frame later.
	useLayoutEffect(() => {
		void loadState();
		void loadRows(true);
		// Settings and contracts changed in the popup or options: the costs follow. Pages were recorded,
		// imported or cleared elsewhere: the rows follow (at most twice a second).
		let reloadTimer: ReturnType<typeof setTimeout> | undefined;
		const follow = (changes: Record<string, unknown>, area: string) => {
			if (area !== 'local') return;
			if (SETTINGS_REVISION_KEY in changes) void loadState();
			if (PAGES_REVISION_KEY in changes && reloadTimer === undefined)
				reloadTimer = setTimeout(() => {
					reloadTimer = undefined;
					void loadRows(false);
				}, 500);
		};
		browser.storage.onChanged.addListener(follow);
		return () => {
			browser.storage.onChanged.removeListener(follow);
			clearTimeout(reloadTimer);
		};
	}, [loadState, loadRows]);

	const costs = useMemo(
		() =>
			settings &&
			createCostCalculator({
				warehouse: settings.warehouseProvince,
				destination: settings.defaultDestination,
				settings,
				contracts,
				now: new Date(),
			}),
		[settings, contracts],
	);
	const compared = useMemo(() => (costs ? compareRows(records, costs) : []), [records, costs]);
	const sorted = useMemo(() => sortRows(compared, sort.column, sort.direction), [compared, sort]);
	const shown = useMemo(() => filterRows(sorted, filter), [sorted, filter]);
	const pinned = useMemo(
		() => pinnedKeys.flatMap((key) => compared.find((row) => row.record.key === key) ?? []),
		[pinnedKeys, compared],
	);

	const firstRowsMarked = useRef(false);
	useLayoutEffect(() => {
		if (firstRowsMarked.current || shown.length === 0) return;
		firstRowsMarked.current = true;
		performance.mark(FIRST_ROWS_MARK);
	}, [shown]);

	const onSettingsChange = async (patch: Partial<MerchantSettings>) => {
		const reply = await sendMessage('ui.saveSettings', patch);
		setSettingsError(reply.ok ? null : reply.error.code);
		if (reply.ok) setSettings(reply.value);
	};

	const onSort = (column: SortColumn) =>
		setSort((current) => ({
			column,
			direction: current.column === column && current.direction === 'ascending' ? 'descending' : 'ascending',
		}));

	const onPin = (key: string) => {
		const pinnedNow = pinnedKeys.includes(key);
		setPinLimitReached(!pinnedNow && pinnedKeys.length >= MAX_PINNED);
		if (pinnedNow) setPinnedKeys(pinnedKeys.filter((k) => k !== key));
		else if (pinnedKeys.length < MAX_PINNED) setPinnedKeys([...pinnedKeys, key]);
	};

	const onExport = (format: 'csv' | 'json') => {
		const now = new Date();
		const currency = settings?.currencyDisplay ?? 'symbol';
		if (format === 'csv')
			downloadText(exportFileName('csv', now), comparisonCsvOf(shown, i18n, currency), 'text/csv;charset=utf-8');
		else downloadText(exportFileName('json', now), comparisonJsonOf(shown, now), 'application/json');
	};

	const onImport = async (file: File) => {
		const fileName = file.name;
		setImportState({ state: 'running', fileName });
		const refuse = (result: Omit<Extract<ImportState, { ok: false }>, 'state' | 'ok' | 'fileName'>) =>
			setImportState({ state: 'done', ok: false, fileName, ...result });
		if (file.size > MAX_COMPARISON_FILE_BYTES)
			return refuse({ issues: [{ row: null, field: 'file', kind: 'too_large' }], code: null });
		const parsed = readComparisonFile(new Uint8Array(await file.arrayBuffer()));
		if (!parsed.ok) return refuse({ issues: parsed.issues, code: null });
		const batches = splitIntoBatches(parsed.rows, MAX_IMPORT_BATCH_ROWS, MAX_BATCH_CHARS);
		const importId = crypto.randomUUID();
		for (const [index, items] of batches.entries()) {
			const reply = await sendMessage('ui.importPages', { importId, index, count: batches.length, items });
			if (!reply.ok) return refuse({ issues: [], code: reply.error.code });
			if (reply.value.state === 'done') {
				setImportState({
					state: 'done',
					ok: true,
					fileName,
					imported: reply.value.imported,
					evicted: reply.value.evicted,
				});
				await loadRows(true);
			}
		}
	};

	const onClearConfirm = async () => {
		setClearState('clearing');
		const reply = await sendMessage('ui.clearPages', null);
		setClearState(reply.ok ? 'idle' : { error: reply.error.code });
		if (!reply.ok) return;
		setPinnedKeys([]);
		setRecords([]);
		await loadRows(true);
	};

	return (
		<ShopsTab
			settings={settings}
			rows={shown}
			recordedCount={records.length}
			loading={loading}
			loadError={loadError}
			settingsError={settingsError}
			problem={problem}
			sort={sort}
			filter={filter}
			highlightKey={highlightKey}
			pinned={pinned}
			pinLimitReached={pinLimitReached}
			importState={importState}
			clearState={clearState}
			onSettingsChange={(patch) => void onSettingsChange(patch)}
			onSort={onSort}
			onFilterChange={setFilter}
			onPin={onPin}
			onExport={onExport}
			onImport={(file) => void onImport(file)}
			onClearRequest={() => setClearState('confirming')}
			onClearConfirm={() => void onClearConfirm()}
			onClearCancel={() => setClearState('idle')}
		/>
	);
}
