import type { CarrierId } from '../../utils/core/ids';
import type { QuickContractEdit } from '../../utils/core/quick-contract';
import type { ErrorCode, ReplyError } from '../../utils/core/result';
import type { MerchantSettings } from '../../utils/core/settings-model';
import { ErrorMessage } from '../error-text';
import { useI18n } from '../i18n';
import { ComparisonFooter } from './comparison-footer';
import type { ReportStatus } from './health-block';
import { MoreSettings } from './more-settings';
import { ParcelRow } from './parcel-row';
import { type QuickContractState, QuickContracts, type QuickSaveStatus } from './quick-contracts';
import { type PopupTab, ThisTab } from './this-tab';

export type { QuickContractState, QuickSaveStatus } from './quick-contracts';
export type { PopupTab } from './this-tab';

export interface PopupViewProps {
	/** null: the active tab is not a supported seller page. */
	tab: PopupTab | null;
	/**
	 * What the controls show: the defaults until the stored settings arrive (the controls work at once), with the
	 * merchant's unsaved edits on top. null when the database could not be opened (storageError says why).
	 */
	settings: MerchantSettings | null;
	/** The stored quick contract per carrier (contract `quick-<carrier>`), to prefill its row. */
	quickContracts: Partial<Record<CarrierId, QuickContractState>>;
	/** The database failed (open, quota …): shown as a visible message, never a blank popup. */
	storageError: ReplyError | null;
	/** Error code of the last failed settings write. */
	settingsError?: ErrorCode | null;
	quickStatus?: Partial<Record<CarrierId, QuickSaveStatus>>;
	/** The diagnostic report once asked for, and whether it reached the clipboard. */
	report: string | null;
	reportStatus: ReportStatus | null;
	/** The report includes what the page showed (shop name, prices …): off unless the merchant ticks it. */
	includeValues: boolean;
	onSettingsChange: (patch: Partial<MerchantSettings>) => void;
	onQuickContractSave: (edit: QuickContractEdit) => void;
	onIncludeValuesChange: (include: boolean) => void;
	onCopyReport: () => void;
	onOpenOptions: () => void;
	onOpenCompare: () => void;
}

/**
 * The toolbar popup, in the order a merchant needs it: this page and how it was read, the quick contracts, where
 * from / to / how heavy in one row, then the rest folded under "more settings".
 */
export function PopupView(props: PopupViewProps) {
	const { t } = useI18n();
	const { settings } = props;
	const status = props.quickStatus ?? {};
	return (
		<main class="pg-popup pp-popup">
			<h1 class="pg-sr">{t('extName')}</h1>
			<ErrorMessage error={props.storageError} />
			<ErrorMessage error={props.settingsError ? { code: props.settingsError } : null} />
			<ThisTab
				tab={props.tab}
				report={props.report}
				reportStatus={props.reportStatus}
				includeValues={props.includeValues}
				onIncludeValuesChange={props.onIncludeValuesChange}
				onCopyReport={props.onCopyReport}
			/>
			{settings && (
				<>
					<QuickContracts
						contracts={props.quickContracts}
						status={status}
						onSave={props.onQuickContractSave}
						onOpenEditor={props.onOpenOptions}
					/>
					<ParcelRow settings={settings} onChange={props.onSettingsChange} />
					<MoreSettings settings={settings} onChange={props.onSettingsChange} />
				</>
			)}
			<ComparisonFooter
				recordVisits={settings?.recordVisits ?? null}
				onRecordVisitsChange={(recordVisits) => props.onSettingsChange({ recordVisits })}
				onOpenCompare={props.onOpenCompare}
				onOpenOptions={props.onOpenOptions}
			/>
		</main>
	);
}
