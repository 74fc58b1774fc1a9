import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
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
import { type ReplyOf, sendMessage } from '../../utils/messaging/protocol';
import { createSaveQueue } from '../../utils/messaging/save-queue';
import { MAX_IMPORT_BATCH_ROWS } from '../../utils/messaging/schemas';
import { takeCompareHighlight } from '../../utils/platform/compare-highlight';
import { downloadText } from '../../utils/platform/download';
import { PAGES_REVISION_KEY, SETTINGS_REVISION_KEY } from '../../utils/platform/storage-keys';
import { comparisonCsvOf, comparisonJsonOf, exportFileName } from './comparison-export';

/** The first page is small so the table shows at once; the rest arrive in bigger pages. */
const FIRST_PAGE_ROWS = 100;
const PAGE_ROWS = 5_000;
/** A change announced this soon after this page loaded its rows is its own (an import, a clear). */
const OWN_RELOAD_MS = 1_000;
/** A batch message stays well below the browsers' message limits. */
const MAX_BATCH_CHARS = 4_000_000;

/** Marks when the first rows are on screen (the E2E timing reads it). */
const FIRST_ROWS_MARK = 'courier-lens:compare-first-rows';

/**
 * `compare.html#shops?highlight=<key>` highlights that page's row (the panel passes its key in session storage,
 * see takeCompareHighlight); the earlier
 * `compare.html?highlight=<key>#shops` still does. Read once: the address then reads `compare.html#shops`, so a
 * reload or a bookmark of the tab does not jump to that row again.
 */
function takeHighlightFromLocation(): string | null {
	const inHash = new URLSearchParams(location.hash.split('?')[1] ?? '').get('highlight');
	const key = inHash ?? new URLSearchParams(location.search).get('highlight');
	if (key !== null) history.replaceState(null, '', `${location.pathname}#shops`);
	return key;
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
	const [highlightKey, setHighlightKey] = useState(takeHighlightFromLocation);
	useEffect(() => {
		// The panel's "open comparison" leaves its row's key in session storage (the address stays #shops).
		void takeCompareHighlight().then((key) => key && setHighlightKey(key));
	}, []);
	const loadGeneration = useRef(0);
	const lastLoadAt = useRef(0);
	const rowsLoaded = useRef<Promise<void>>(Promise.resolve());
	// The rows as last received, for an export that waited for them (state updates reach it a render later).
	const recordsNow = useRef<PageRecord[]>([]);
	const showRecords = useCallback((rows: PageRecord[]) => {
		recordsNow.current = rows;
		setRecords(rows);
	}, []);

	// The version the next settings save edits (versioned saves, utils/messaging/protocol.ts VersionedSave).
	const settingsVersion = useRef(0);
	// One save at a time: each names the version the one before produced.
	const inOrder = useMemo(createSaveQueue, []);
	const loadState = useCallback(async () => {
		const reply = await sendMessage('ui.getState', null);
		if (!reply.ok) return setLoadError({ code: reply.error.code, detail: reply.error.detail });
		setSettings(reply.value.settings);
		settingsVersion.current = reply.value.settingsVersion;
		setContracts(reply.value.contracts);
	}, []);

	/**
	 * Loads every recorded row: when `progressive`, the most recently seen screenful first, shown at once; then the
	 * whole history in key order, page by page, swapped in together. A newer load supersedes an older one;
	 * `rowsLoaded` settles when the table holds every row (an export waits for it).
	 */
	const loadRows = useCallback(
		(progressive: boolean) => {
			const generation = ++loadGeneration.current;
			lastLoadAt.current = Date.now();
			const stale = () => generation !== loadGeneration.current;
			const fail = (error: { code: string; detail: string }) => {
				setLoadError(error);
				setLoading(null);
			};
			const load = async () => {
				if (progressive) {
					const recent = await sendMessage('ui.listPages', { order: 'recent', after: null, limit: FIRST_PAGE_ROWS });
					if (stale()) return;
					if (!recent.ok) return fail(recent.error);
					setProblem(recent.value.problem);
					showRecords(recent.value.rows);
					if (recent.value.rows.length >= recent.value.total) return setLoading(null);
					setLoading({ loaded: recent.value.rows.length, total: recent.value.total });
				}
				const all: PageRecord[] = [];
				for (let after: string | null = null; ; ) {
					const page: ReplyOf<'ui.listPages'> = await sendMessage('ui.listPages', {
						order: 'key',
						after,
						limit: PAGE_ROWS,
					});
					if (stale()) return;
					if (!page.ok) return fail(page.error);
					if (after === null) setProblem(page.value.problem);
					for (const row of page.value.rows) all.push(row);
					after = page.value.rows.at(-1)?.key ?? null;
					if (page.value.rows.length < PAGE_ROWS || after === null) break;
					if (progressive) setLoading({ loaded: all.length, total: page.value.total });
				}
				showRecords(all);
				setLoading(null);
			};
			rowsLoaded.current = load();
			return rowsLoaded.current;
		},
		[showRecords],
	);

	// A layout effect: the requests leave right after the first render, not a frame later.
	useLayoutEffect(() => {
		void loadState();
		void loadRows(true);
		// Settings and contracts changed in the popup or options: the costs follow. Pages were recorded,
		// imported or cleared elsewhere: the rows follow, at most twice a second, unless this page has just
		// reloaded them itself (after its own import or clear).
		let reloadTimer: ReturnType<typeof setTimeout> | undefined;
		const follow = (changes: Record<string, unknown>, area: string) => {
			if (area !== 'local') return;
			if (SETTINGS_REVISION_KEY in changes) void loadState();
			if (PAGES_REVISION_KEY in changes && reloadTimer === undefined)
				reloadTimer = setTimeout(() => {
					reloadTimer = undefined;
					if (Date.now() - lastLoadAt.current > OWN_RELOAD_MS) void loadRows(false);
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
		const reply = await inOrder(async () => {
			const saved = await sendMessage('ui.saveSettings', {
				patch,
				baseVersion: settingsVersion.current,
				overwrite: false,
			});
			if (saved.ok) settingsVersion.current = saved.value.version;
			return saved;
		});
		setSettingsError(reply.ok ? null : reply.error.code);
		if (reply.ok) setSettings(reply.value.settings);
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

	/** Exports the rows shown, once every row has arrived (an export never holds only the first page). */
	const onExport = async (format: 'csv' | 'json') => {
		await rowsLoaded.current;
		if (!costs) return;
		const rows = filterRows(sortRows(compareRows(recordsNow.current, costs), sort.column, sort.direction), filter);
		const now = new Date();
		const currency = settings?.currencyDisplay ?? 'symbol';
		if (format === 'csv')
			downloadText(exportFileName('csv', now), comparisonCsvOf(rows, i18n, currency), 'text/csv;charset=utf-8');
		else downloadText(exportFileName('json', now), comparisonJsonOf(rows, now), 'application/json');
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
		showRecords([]);
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
			onExport={(format) => void onExport(format)}
			onImport={(file) => void onImport(file)}
			onClearRequest={() => setClearState('confirming')}
			onClearConfirm={() => void onClearConfirm()}
			onClearCancel={() => setClearState('idle')}
		/>
	);
}
