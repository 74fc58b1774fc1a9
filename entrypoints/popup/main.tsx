import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { I18nContext, langFromUiLanguage } from '../../components/i18n';
import { type PopupTab, PopupView, type QuickRate, type QuickSaveStatus } from '../../components/popup/popup-view';
import { isQuickContract, type MerchantContract } from '../../utils/core/contract-model';
import type { CarrierId } from '../../utils/core/ids';
import type { ErrorCode, ReplyError } from '../../utils/core/result';
import type { MerchantSettings } from '../../utils/core/settings-model';
import { sendMessage } from '../../utils/messaging/protocol';
import { createSaveQueue } from '../../utils/messaging/save-queue';
import { translate, uiLanguage } from '../../utils/platform/browser-i18n';
import '../../components/pages/pages.css';

/** Quick contracts are the ones the popup itself wrote, nationwide first + extra kg. */
function quickRatesOf(contracts: MerchantContract[]): Partial<Record<CarrierId, QuickRate>> {
	return Object.fromEntries(
		contracts
			.filter(isQuickContract)
			.map((contract) => [contract.carrier, { firstFen: contract.rates.firstFen, extraFen: contract.rates.extraFen }]),
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
	const [settings, setSettings] = useState<MerchantSettings | null>(null);
	const [quickRates, setQuickRates] = useState<Partial<Record<CarrierId, QuickRate>>>({});
	const [storageError, setStorageError] = useState<ReplyError | null>(null);
	const [settingsError, setSettingsError] = useState<ErrorCode | null>(null);
	const [quickStatus, setQuickStatus] = useState<Partial<Record<CarrierId, QuickSaveStatus>>>({});
	const [tab, setTab] = useState<PopupTab | null>(null);
	// The versions the popup's edits start from (versioned saves, utils/messaging/protocol.ts VersionedSave).
	const versions = useRef<{ settings: number; quick: Partial<Record<CarrierId, string>> }>({ settings: 0, quick: {} });
	// One save at a time: each names the version the one before produced.
	const inOrder = useMemo(createSaveQueue, []);

	useEffect(() => {
		void sendMessage('ui.getState', null).then((reply) => {
			if (!reply.ok) return setStorageError(reply.error);
			setSettings(reply.value.settings);
			setQuickRates(quickRatesOf(reply.value.contracts));
			versions.current = {
				settings: reply.value.settingsVersion,
				quick: Object.fromEntries(
					reply.value.contracts.filter(isQuickContract).map((contract) => [contract.carrier, contract.updatedAt]),
				),
			};
		});
		void activeTabReading().then(setTab, () => setTab(null));
	}, []);

	const onSettingsChange = async (patch: Partial<MerchantSettings>) => {
		const reply = await inOrder(async () => {
			const saved = await sendMessage('ui.saveSettings', {
				patch,
				baseVersion: versions.current.settings,
				overwrite: false,
			});
			if (saved.ok) versions.current.settings = saved.value.version;
			return saved;
		});
		setSettingsError(reply.ok ? null : reply.error.code);
		if (!reply.ok) return;
		setSettings(reply.value.settings);
	};

	const onQuickContractSave = async (input: { carrier: CarrierId; firstFen: number; extraFen: number }) => {
		setQuickStatus((status) => ({ ...status, [input.carrier]: { state: 'saving' } }));
		const reply = await inOrder(async () => {
			const saved = await sendMessage('ui.saveQuickContract', {
				...input,
				baseVersion: versions.current.quick[input.carrier] ?? null,
				overwrite: false,
			});
			if (saved.ok) versions.current.quick[input.carrier] = saved.value.updatedAt;
			return saved;
		});
		setQuickStatus((status) => ({
			...status,
			[input.carrier]: reply.ok ? { state: 'saved' } : { state: 'error', code: reply.error.code },
		}));
		if (reply.ok)
			setQuickRates((rates) => ({ ...rates, [input.carrier]: { firstFen: input.firstFen, extraFen: input.extraFen } }));
	};

	return (
		<PopupView
			tab={tab}
			settings={settings}
			quickRates={quickRates}
			storageError={storageError}
			settingsError={settingsError}
			quickStatus={quickStatus}
			onSettingsChange={(patch) => void onSettingsChange(patch)}
			onQuickContractSave={(input) => void onQuickContractSave(input)}
			onOpenOptions={() => void browser.runtime.openOptionsPage()}
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
