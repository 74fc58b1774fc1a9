import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { I18nContext, langFromUiLanguage } from '../../components/i18n';
import type { ImportResult } from '../../components/options/import-export';
import { OPTIONS_TABS, type OptionsTab, OptionsView } from '../../components/options/options-view';
import type { AdapterHealth } from '../../utils/core/adapter-health';
import type { ContractFileFormat, MerchantContract } from '../../utils/core/contract-model';
import type { ErrorCode, ReplyError } from '../../utils/core/result';
import type { MerchantSettings } from '../../utils/core/settings-model';
import { SOURCE_IDS, type SourceId } from '../../utils/core/source-ids';
import { fileTooLarge, readContractFile, serializeContracts } from '../../utils/files/contract-file';
import { BATCH_LIMITS, collectPages, sendInBatches } from '../../utils/messaging/batches';
import { sendMessage, type VersionedSave } from '../../utils/messaging/protocol';
import { translate, uiLanguage } from '../../utils/platform/browser-i18n';
import { downloadText } from '../../utils/platform/download';
import { SETTINGS_REVISION_KEY } from '../../utils/platform/storage-keys';
import { defaultFigureRows, sourceRows } from './default-figure-rows';
import { switchModelRows } from './switch-model-rows';
import '../../components/pages/pages.css';

const i18n = { t: translate, lang: langFromUiLanguage(uiLanguage()) };

/** `#sources/S37` → the data-sources tab at S37; `#import` → that tab; anything else → the default tab. */
function routeOf(hash: string): { tab: OptionsTab | undefined; source: SourceId | null } {
	const [tabName, sourceName] = hash.replace(/^#/, '').split('/');
	const tab = OPTIONS_TABS.find((known) => known === tabName);
	const source = SOURCE_IDS.find((known) => known === sourceName) ?? null;
	return { tab, source: tab === 'sources' ? source : null };
}

function OptionsApp() {
	const [contracts, setContracts] = useState<MerchantContract[]>([]);
	const [settings, setSettings] = useState<MerchantSettings | null>(null);
	const [storageError, setStorageError] = useState<ReplyError | null>(null);
	const [saveError, setSaveError] = useState<ReplyError | null>(null);
	const [importResult, setImportResult] = useState<ImportResult | null>(null);
	const [importProgress, setImportProgress] = useState<{ sent: number; total: number } | null>(null);
	const [exportError, setExportError] = useState<ErrorCode | null>(null);
	const [route, setRoute] = useState(() => routeOf(location.hash));
	useEffect(() => {
		const follow = () => setRoute(routeOf(location.hash));
		addEventListener('hashchange', follow);
		return () => removeEventListener('hashchange', follow);
	}, []);

	const [health, setHealth] = useState<AdapterHealth[] | null>(null);

	const reload = async () => {
		const reply = await sendMessage('ui.getEditorState', null);
		setStorageError(reply.ok ? null : reply.error);
		if (reply.ok) {
			setContracts(reply.value.contracts);
			setSettings(reply.value.settings);
		}
	};
	const loadHealth = async () => {
		const reply = await sendMessage('ui.getAdapterHealth', null);
		setHealth(reply.ok ? reply.value : []);
	};
	useEffect(() => {
		void reload();
		void loadHealth();
		// Follow changes made elsewhere (another tab, the popup) live: an open editor keeps its draft and says so.
		const follow = (changes: Record<string, unknown>, area: string) => {
			if (area === 'local' && SETTINGS_REVISION_KEY in changes) void reload();
		};
		browser.storage.onChanged.addListener(follow);
		return () => browser.storage.onChanged.removeListener(follow);
	}, []);

	const currency = settings?.currencyDisplay ?? 'symbol';
	const figures = useMemo(() => [...defaultFigureRows(i18n, currency), ...switchModelRows(i18n)], [currency]);
	const sources = useMemo(() => sourceRows(i18n), []);

	const onSaveContract = async (contract: MerchantContract, edit: VersionedSave<string | null>) => {
		const reply = await sendMessage('ui.saveContract', { contract, ...edit });
		setSaveError(reply.ok ? null : reply.error);
		// After a conflict too: "reload" then opens the stored version.
		await reload();
	};
	const onDeleteContract = async (id: string) => {
		const reply = await sendMessage('ui.deleteContract', { id });
		setSaveError(reply.ok ? null : reply.error);
		await reload();
	};

	/**
	 * The file is checked and read here, where the merchant chose it: its size before its bytes (a 50 MB file is
	 * refused at once), then the encoding and every row. Only validated contracts travel, in batches, and the
	 * background writes them all in one transaction when the last batch arrives.
	 */
	const onImport = async (file: File) => {
		setImportResult(null);
		const rejected = (error: ImportResult & { ok: false }) => {
			setImportProgress(null);
			setImportResult(error);
		};
		const tooLarge = fileTooLarge(file.size);
		if (tooLarge)
			return rejected({ ok: false, fileName: file.name, error: { code: 'invalid_import', issues: [tooLarge] } });
		setImportProgress({ sent: 0, total: 0 });
		const read = readContractFile(file.name, new Uint8Array(await file.arrayBuffer()), new Date().toISOString());
		if (!read.ok)
			return rejected({ ok: false, fileName: file.name, error: { code: 'invalid_import', issues: read.error } });
		const total = read.value.length;
		setImportProgress({ sent: 0, total });
		const reply = await sendInBatches(read.value, (batch) => sendMessage('ui.importContractsBatch', batch), {
			importId: crypto.randomUUID(),
			onProgress: (sent) => setImportProgress({ sent, total }),
		});
		if (!reply.ok) return rejected({ ok: false, fileName: file.name, error: reply.error });
		if (reply.value.state !== 'complete') {
			return rejected({ ok: false, fileName: file.name, error: { code: 'import_interrupted' } });
		}
		setImportProgress(null);
		setImportResult({ ok: true, fileName: file.name, imported: reply.value.imported });
		await reload();
	};

	/** Contracts come from the background in bounded pages, and the file is written here. */
	const onExport = async (format: ContractFileFormat) => {
		const reply = await collectPages((after) =>
			sendMessage('ui.exportContractsPage', { after, limit: BATCH_LIMITS.maxItems }),
		);
		setExportError(reply.ok ? null : reply.error.code);
		if (reply.ok) {
			downloadText(
				`courier-lens-contracts.${format}`,
				serializeContracts(format, reply.value),
				format === 'csv' ? 'text/csv' : 'application/json',
			);
		}
	};

	return (
		<OptionsView
			contracts={contracts}
			storageError={storageError}
			saveError={saveError}
			onSaveContract={(contract, edit) => void onSaveContract(contract, edit)}
			onDeleteContract={(id) => void onDeleteContract(id)}
			importResult={importResult}
			importProgress={importProgress}
			onImport={(file) => void onImport(file)}
			onExport={(format) => void onExport(format)}
			exportError={exportError}
			figures={figures}
			sources={sources}
			initialTab={route.tab}
			focusSource={route.source}
			health={health}
			onOpenCompare={() => void sendMessage('ui.openCompare', { key: null })}
		/>
	);
}

const root = document.getElementById('app');
if (root) {
	render(
		<I18nContext.Provider value={i18n}>
			<OptionsApp />
		</I18nContext.Provider>,
		root,
	);
}
