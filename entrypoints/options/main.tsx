import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { I18nContext, langFromUiLanguage } from '../../components/i18n';
import type { ImportResult } from '../../components/options/import-export';
import { OptionsView } from '../../components/options/options-view';
import type { MerchantContract } from '../../utils/core/contract-model';
import type { MerchantSettings } from '../../utils/core/settings-model';
import type { ContractFileFormat } from '../../utils/files/contract-file';
import { sendMessage } from '../../utils/messaging/protocol';
import type { ReplyError } from '../../utils/messaging/result';
import { translate, uiLanguage } from '../../utils/platform/browser-i18n';
import { downloadText } from '../../utils/platform/download';
import { defaultFigureRows, sourceRows } from './default-figure-rows';
import { switchModelRows } from './switch-model-rows';
import '../../components/pages/pages.css';

const i18n = { t: translate, lang: langFromUiLanguage(uiLanguage()) };

function OptionsApp() {
	const [contracts, setContracts] = useState<MerchantContract[]>([]);
	const [settings, setSettings] = useState<MerchantSettings | null>(null);
	const [storageError, setStorageError] = useState<ReplyError | null>(null);
	const [saveError, setSaveError] = useState<ReplyError | null>(null);
	const [importResult, setImportResult] = useState<ImportResult | null>(null);
	const [importing, setImporting] = useState(false);
	const [exportError, setExportError] = useState<string | null>(null);

	const reload = async () => {
		const reply = await sendMessage('ui.getState', null);
		setStorageError(reply.ok ? null : reply.error);
		if (reply.ok) {
			setContracts(reply.value.contracts);
			setSettings(reply.value.settings);
		}
	};
	useEffect(() => void reload(), []);

	const currency = settings?.currencyDisplay ?? 'symbol';
	const figures = useMemo(() => [...defaultFigureRows(i18n, currency), ...switchModelRows(i18n)], [currency]);
	const sources = useMemo(sourceRows, []);

	const onSaveContract = async (contract: MerchantContract) => {
		const reply = await sendMessage('ui.saveContract', contract);
		setSaveError(reply.ok ? null : reply.error);
		if (reply.ok) await reload();
	};
	const onDeleteContract = async (id: string) => {
		const reply = await sendMessage('ui.deleteContract', { id });
		setSaveError(reply.ok ? null : reply.error);
		await reload();
	};
	const onImport = async ({ fileName, text }: { fileName: string; text: string }) => {
		setImporting(true);
		setImportResult(null);
		const format: ContractFileFormat = /\.csv$/i.test(fileName) ? 'csv' : 'json';
		const reply = await sendMessage('ui.importContracts', { format, text });
		setImportResult(
			reply.ok
				? { ok: true, fileName, imported: reply.value.imported }
				: { ok: false, fileName, code: reply.error.code, detail: reply.error.detail, issues: reply.error.issues ?? [] },
		);
		setImporting(false);
		if (reply.ok) await reload();
	};
	const onExport = async (format: ContractFileFormat) => {
		const reply = await sendMessage('ui.exportContracts', { format });
		setExportError(reply.ok ? null : reply.error.code);
		if (reply.ok)
			downloadText(
				`courier-lens-contracts.${format}`,
				reply.value.text,
				format === 'csv' ? 'text/csv' : 'application/json',
			);
	};

	return (
		<OptionsView
			contracts={contracts}
			storageError={storageError}
			saveError={saveError}
			onSaveContract={(contract) => void onSaveContract(contract)}
			onDeleteContract={(id) => void onDeleteContract(id)}
			importResult={importResult}
			importing={importing}
			onImport={(file) => void onImport(file)}
			onExport={(format) => void onExport(format)}
			exportError={exportError}
			figures={figures}
			sources={sources}
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
