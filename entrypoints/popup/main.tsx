import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { I18nContext, langFromUiLanguage } from '../../components/i18n';
import type { ReportStatus } from '../../components/popup/health-block';
import {
	type PopupTab,
	PopupView,
	type QuickContractState,
	type QuickSaveStatus,
} from '../../components/popup/popup-view';
import { isQuickContract, type MerchantContract } from '../../utils/core/contract-model';
import type { CarrierId } from '../../utils/core/ids';
import { browserOf, diagnosticReportText, pageHealth } from '../../utils/core/page-health';
import { type QuickContractEdit, quickFieldsOf, quickFormLimits } from '../../utils/core/quick-contract';
import type { ErrorCode, ReplyError } from '../../utils/core/result';
import { DEFAULT_SETTINGS } from '../../utils/core/settings-defaults';
import { type PendingEdits, settingsShown, withEdit, withoutSettled } from '../../utils/core/settings-edits';
import type { MerchantSettings } from '../../utils/core/settings-model';
import { sendMessage } from '../../utils/messaging/protocol';
import { translate, uiLanguage } from '../../utils/platform/browser-i18n';
import { SETTINGS_REVISION_KEY } from '../../utils/platform/storage-keys';
import '../../components/pages/pages.css';
import '../../components/popup/popup.css';

type QuickContracts = Partial<Record<CarrierId, QuickContractState>>;

/** The popup's quick contracts (`quick-<carrier>`): what the quick form shows of each, and what it cannot. */
function quickContractsOf(contracts: MerchantContract[]): QuickContracts {
	return Object.fromEntries(
		contracts
			.filter(isQuickContract)
			.map((contract) => [contract.carrier, { fields: quickFieldsOf(contract), limits: quickFormLimits(contract) }]),
	);
}

/** What the active tab's panel read, from the background (which keeps it per tab). */
async function activeTabReading(): Promise<PopupTab | null> {
	const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
	// No address: not a marketplace page (the extension may read the addresses of those only).
	if (tab?.id === undefined || !tab.url) return null;
	const reply = await sendMessage('ui.getTabState', { tabId: tab.id });
	return reply.ok ? reply.value : null;
}

function PopupApp() {
	// The controls render at once with the defaults (a merchant or a tester may set them before the stored
	// settings arrive); what arrives later never undoes an edit made meanwhile (pending until its save returns).
	const [stored, setStored] = useState<MerchantSettings>(DEFAULT_SETTINGS);
	const [pending, setPending] = useState<PendingEdits>({});
	const [quickContracts, setQuickContracts] = useState<QuickContracts>({});
	const [storageError, setStorageError] = useState<ReplyError | null>(null);
	const [settingsError, setSettingsError] = useState<ErrorCode | null>(null);
	const [quickStatus, setQuickStatus] = useState<Partial<Record<CarrierId, QuickSaveStatus>>>({});
	const [tab, setTab] = useState<PopupTab | null>(null);
	const [includeValues, setIncludeValues] = useState(false);
	const [report, setReport] = useState<{ text: string; status: ReportStatus } | null>(null);

	useEffect(() => {
		const load = () =>
			sendMessage('ui.getState', null).then((reply) => {
				if (!reply.ok) return setStorageError(reply.error);
				setStorageError(null);
				setStored(reply.value.settings);
				setQuickContracts(quickContractsOf(reply.value.contracts));
			});
		void load();
		void activeTabReading().then(setTab, () => setTab(null));
		// Every settings or contract write (options page, another popup, a panel) bumps the revision: follow it.
		const onStorage = (changes: Record<string, unknown>, area: string) => {
			if (area === 'local' && SETTINGS_REVISION_KEY in changes) void load();
		};
		browser.storage.onChanged.addListener(onStorage);
		return () => browser.storage.onChanged.removeListener(onStorage);
	}, []);

	const onSettingsChange = async (patch: Partial<MerchantSettings>) => {
		setPending((edits) => withEdit(edits, patch));
		const reply = await sendMessage('ui.saveSettings', patch);
		setSettingsError(reply.ok ? null : reply.error.code);
		if (reply.ok) setStored(reply.value);
		setPending((edits) => withoutSettled(edits, patch));
	};

	const onQuickContractSave = async (edit: QuickContractEdit) => {
		setQuickStatus((status) => ({ ...status, [edit.carrier]: { state: 'saving' } }));
		const reply = await sendMessage('ui.saveQuickContract', edit);
		setQuickStatus((status) => ({
			...status,
			[edit.carrier]: reply.ok ? { state: 'saved' } : { state: 'error', code: reply.error.code },
		}));
		if (reply.ok) setQuickContracts((contracts) => ({ ...contracts, ...quickContractsOf([reply.value]) }));
	};

	// Built here, shown and copied here: nothing is sent anywhere.
	const onCopyReport = async () => {
		if (!tab) return;
		const text = diagnosticReportText({
			extensionVersion: browser.runtime.getManifest().version,
			browser: browserOf(navigator.userAgent),
			platform: tab.platform,
			health: pageHealth(tab),
			facts: tab.facts,
			includeValues,
		});
		// Shown at once: the clipboard may refuse, or never answer (a page without focus).
		setReport({ text, status: 'copying' });
		const copied = await Promise.resolve()
			.then(() => navigator.clipboard.writeText(text))
			.then(
				() => true,
				() => false,
			);
		setReport({ text, status: copied ? 'copied' : 'not_copied' });
	};

	return (
		<PopupView
			tab={tab}
			settings={storageError ? null : settingsShown(stored, pending)}
			quickContracts={quickContracts}
			storageError={storageError}
			settingsError={settingsError}
			quickStatus={quickStatus}
			report={report?.text ?? null}
			reportStatus={report?.status ?? null}
			includeValues={includeValues}
			onSettingsChange={(patch) => void onSettingsChange(patch)}
			onQuickContractSave={(edit) => void onQuickContractSave(edit)}
			onIncludeValuesChange={setIncludeValues}
			onCopyReport={() => void onCopyReport()}
			onOpenOptions={() => void browser.runtime.openOptionsPage()}
			onOpenCompare={() => void sendMessage('ui.openCompare', { key: null })}
		/>
	);
}

const root = document.getElementById('app');
if (root) {
	render(
		<I18nContext.Provider value={{ t: translate, lang: langFromUiLanguage(uiLanguage()) }}>
			<PopupApp />
		</I18nContext.Provider>,
		root,
	);
}
