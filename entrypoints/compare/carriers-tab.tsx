import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MixImportResult } from '../../components/switch/order-import';
import { type SwitchInputs, SwitchView } from '../../components/switch/switch-view';
import type { MerchantContract } from '../../utils/core/contract-model';
import {
	type DestinationMix,
	mixFromOrderCounts,
	NATIONAL_MIX,
	type OrderMixRecord,
	singleProvinceMix,
} from '../../utils/core/destination-mix';
import { isProvinceCode } from '../../utils/core/geography';
import type { ProvinceCode } from '../../utils/core/ids';
import type { MerchantSettings } from '../../utils/core/settings-model';
import { compareCarriers, verdicts } from '../../utils/core/switch-calculator';
import { readOrderExport } from '../../utils/files/order-export';
import { sendMessage } from '../../utils/messaging/protocol';
import { translate } from '../../utils/platform/browser-i18n';
import { SETTINGS_REVISION_KEY } from '../../utils/platform/storage-keys';
import '../../components/switch/switch.css';

/** `#carriers?origin=33` (the panel's "要不要换快递？") pre-fills the origin. */
function originFromHash(): ProvinceCode | null {
	const query = location.hash.split('?')[1] ?? '';
	const origin = new URLSearchParams(query).get('origin');
	return origin !== null && isProvinceCode(origin) ? origin : null;
}

/** Today's carrier when the merchant has not said: the carrier of their newest contract, else ZTO (the largest). */
function likelyCurrentCarrier(contracts: MerchantContract[]): SwitchInputs['current'] {
	const newest = [...contracts].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
	return newest?.carrier ?? 'zto';
}

function mixFor(choice: string, orders: OrderMixRecord | null): DestinationMix {
	if (choice === 'orders' && orders) return mixFromOrderCounts(orders.counts, orders.importedAt) ?? NATIONAL_MIX;
	return singleProvinceMix(choice) ?? NATIONAL_MIX;
}

/** The Carriers tab of compare.html: loads settings, contracts and the stored order mix; computes in the page. */
export function CarriersTab() {
	const [settings, setSettings] = useState<MerchantSettings | null>(null);
	const [contracts, setContracts] = useState<MerchantContract[]>([]);
	const [orderMix, setOrderMix] = useState<OrderMixRecord | null>(null);
	const [loadError, setLoadError] = useState<string | null>(null);
	const [linkedOrigin] = useState(originFromHash);
	/** What the merchant changed; everything else follows settings and contracts as they load or change. */
	const [chosen, setChosen] = useState<Partial<SwitchInputs>>({});
	const [importResult, setImportResult] = useState<MixImportResult | null>(null);
	const [importing, setImporting] = useState(false);

	const load = async () => {
		const [state, mix] = await Promise.all([sendMessage('ui.getState', null), sendMessage('ui.getOrderMix', null)]);
		if (state.ok) {
			setSettings(state.value.settings);
			setContracts(state.value.contracts);
		}
		if (mix.ok) setOrderMix(mix.value);
		const error = !state.ok ? state.error : !mix.ok ? mix.error : null;
		setLoadError(error ? translate(`error_${error.code}`) || error.detail : null);
	};
	useEffect(() => {
		void load();
		// Contracts and settings edited in the popup or options page show up here without a reload.
		const onStorage = (changes: Record<string, unknown>) => {
			if (SETTINGS_REVISION_KEY in changes) void load();
		};
		browser.storage.onChanged.addListener(onStorage);
		return () => browser.storage.onChanged.removeListener(onStorage);
	}, []);

	const inputs: SwitchInputs = {
		orders: 1000,
		current: likelyCurrentCarrier(contracts),
		origin: linkedOrigin ?? settings?.warehouseProvince ?? null,
		weightGrams: settings?.defaultWeightGrams ?? 1000,
		mix: 'national',
		averageOrderValueFen: null,
		...chosen,
	};
	const onInputs = (patch: Partial<SwitchInputs>) => setChosen((previous) => ({ ...previous, ...patch }));

	const mix = useMemo(() => mixFor(inputs.mix, orderMix), [inputs.mix, orderMix]);
	// Nothing is shown before settings and contracts are known (or known to be unreadable): no flash of wrong figures.
	const ready = settings !== null || loadError !== null;
	const result = useMemo(
		() =>
			ready &&
			compareCarriers({
				orders: inputs.orders,
				current: inputs.current,
				origin: inputs.origin,
				weightGrams: inputs.weightGrams,
				mix,
				contracts,
				now: new Date(),
				averageOrderValueFen: inputs.averageOrderValueFen,
			}),
		[
			ready,
			inputs.orders,
			inputs.current,
			inputs.origin,
			inputs.weightGrams,
			inputs.averageOrderValueFen,
			mix,
			contracts,
		],
	);

	const onImportFile = async (file: File) => {
		setImporting(true);
		const reading = readOrderExport(new Uint8Array(await file.arrayBuffer()));
		if (!reading.ok) {
			setImportResult({ ok: false, fileName: file.name, code: reading.code });
			setImporting(false);
			return;
		}
		const saved = await sendMessage('ui.saveOrderMix', {
			counts: reading.counts,
			rowsRead: reading.rowsRead,
			rowsPlaced: reading.rowsPlaced,
		});
		if (saved.ok) {
			setOrderMix(saved.value);
			setImportResult({
				ok: true,
				fileName: file.name,
				rowsRead: reading.rowsRead,
				rowsPlaced: reading.rowsPlaced,
				encoding: reading.encoding,
				unplaced: reading.unplaced,
			});
			// The merchant imported their orders to use them: switch to that mix when it placed any order.
			if (reading.rowsPlaced > 0) onInputs({ mix: 'orders' });
		} else {
			setImportResult({ ok: false, fileName: file.name, code: saved.error.code });
		}
		setImporting(false);
	};

	return (
		<SwitchView
			inputs={inputs}
			onInputs={onInputs}
			ordersMix={orderMix ? { orders: orderMix.rowsPlaced, importedAt: orderMix.importedAt } : null}
			result={result || null}
			verdicts={result ? verdicts(result) : []}
			currency={settings?.currencyDisplay ?? 'symbol'}
			importResult={importResult}
			importing={importing}
			onImportFile={(file) => void onImportFile(file)}
			loadError={loadError}
		/>
	);
}
