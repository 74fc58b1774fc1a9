import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AdapterHealth } from '../../utils/core/adapter-health';
import type { ContractFileFormat, MerchantContract } from '../../utils/core/contract-model';
import type { CarrierId } from '../../utils/core/ids';
import type { ErrorCode, ReplyError } from '../../utils/core/result';
import type { SourceId } from '../../utils/core/source-ids';
import { ErrorMessage } from '../error-text';
import { useI18n } from '../i18n';
import { Tabs } from '../tabs';
import { About } from './about';
import { AdapterHealthView } from './adapter-health';
import { type ContractDraft, draftFromContract, newContractDraft } from './contract-draft';
import { ContractEditor } from './contract-editor';
import { ContractList } from './contract-list';
import { DataSources, type DefaultFigureRow, type SourceRow } from './data-sources';
import { ImportExport, type ImportResult } from './import-export';

export const OPTIONS_TABS = ['contracts', 'import', 'sources', 'health', 'about'] as const;
export type OptionsTab = (typeof OPTIONS_TABS)[number];

export interface OptionsViewProps {
	contracts: MerchantContract[];
	/** The database failed to open or write: shown at the top. */
	storageError: ReplyError | null;
	/** Rejection of the last contract save (from the background): code and field issues. */
	saveError: ReplyError | null;
	/**
	 * Called with a contract that passed validateContract. The editor stays open until the container passes a
	 * new `contracts` array with saveError null (success), or shows saveError (clear it when a save starts).
	 */
	/**
	 * `baseVersion`: the `updatedAt` the editor loaded (null for a new contract); `overwrite`: the merchant chose "keep
	 * mine" after a `version_conflict` (the save then replaces the newer version).
	 */
	onSaveContract: (contract: MerchantContract, edit: { baseVersion: string | null; overwrite: boolean }) => void;
	onDeleteContract: (id: string) => void;
	importResult: ImportResult | null;
	importProgress: { sent: number; total: number } | null;
	onImport: (file: File) => void;
	onExport: (format: ContractFileFormat) => void;
	exportError?: ErrorCode | null;
	figures: DefaultFigureRow[];
	sources: SourceRow[];
	/** Per adapter, how its last readings went; null while loading. */
	health: AdapterHealth[] | null;
	/** Opens the comparison page (compare.html). */
	onOpenCompare: () => void;
	/** The tab to show; a new value (from the page address, `#sources/S37`) switches to it. */
	initialTab?: OptionsTab;
	/** A source to scroll to on the data-sources tab. */
	focusSource?: SourceId | null;
	/** New contract ids; defaults to crypto.randomUUID(). */
	createId?: () => string;
	/** updatedAt of saved contracts; defaults to the current time. */
	now?: () => string;
}

function newId(): string {
	return `c-${crypto.randomUUID()}`;
}

/** The options page: contracts, import/export, data sources, adapter health, about/privacy as accessible tabs. */
export function OptionsView(props: OptionsViewProps) {
	const { t } = useI18n();
	const [tab, setTab] = useState<OptionsTab>(props.initialTab ?? 'contracts');
	// The address changed (a link to #sources/S37 while the page is open): follow it.
	useEffect(() => {
		if (props.initialTab) setTab(props.initialTab);
	}, [props.initialTab, props.focusSource]);
	// The data-sources tab holds hundreds of rows: it is drawn the first time it is shown, not with the page.
	const [sourcesShown, setSourcesShown] = useState(tab === 'sources');
	useEffect(() => {
		if (tab === 'sources') setSourcesShown(true);
	}, [tab]);
	const [editing, setEditing] = useState<ContractDraft | null>(null);
	const [pendingSave, setPendingSave] = useState(false);
	// What opened the editor ('new' or a contract id), to give focus back to it when the editor closes.
	const opener = useRef<string | null>(null);
	const close = () => {
		setPendingSave(false);
		setEditing(null);
	};
	// A save is done when the container hands back a new contract list without an error: close the editor.
	useEffect(() => {
		if (pendingSave && !props.saveError) close();
		// Only a new contract list ends a pending save.
	}, [props.contracts]);
	useEffect(() => {
		if (editing || opener.current === null) return;
		const selector =
			opener.current === 'new'
				? '[data-cl="contract-new"]'
				: `[data-cl="contract-row"][data-id="${CSS.escape(opener.current)}"] [data-cl="contract-edit"]`;
		opener.current = null;
		(
			document.querySelector<HTMLElement>(selector) ?? document.querySelector<HTMLElement>('[data-cl="contract-new"]')
		)?.focus();
	}, [editing]);
	const open = (draft: ContractDraft, from: string) => {
		opener.current = from;
		setEditing(draft);
	};
	const startNew = (carrier: CarrierId = 'zto') => open(newContractDraft((props.createId ?? newId)(), carrier), 'new');
	const stored = editing ? props.contracts.find((contract) => contract.id === editing.id) : undefined;
	const changedElsewhere = !!editing?.updatedAt && !pendingSave && stored?.updatedAt !== editing.updatedAt;
	const contractsPanel = editing ? (
		<ContractEditor
			key={`${editing.id}@${editing.updatedAt}`}
			initial={editing}
			saveError={pendingSave ? props.saveError : null}
			changedElsewhere={changedElsewhere}
			now={props.now}
			onCancel={close}
			onReload={() => {
				// The container reloaded the list on the conflict: open the stored version (or close if it was deleted).
				setPendingSave(false);
				setEditing(stored ? draftFromContract(stored) : null);
			}}
			onSave={(contract, overwrite) => {
				setPendingSave(true);
				props.onSaveContract(contract, { baseVersion: editing.updatedAt || null, overwrite });
			}}
		/>
	) : (
		<div class="pg-stack">
			<div class="pg-actions">
				<button type="button" class="pg-primary" data-cl="contract-new" onClick={() => startNew()}>
					{t('contracts_new')}
				</button>
			</div>
			<ContractList
				contracts={props.contracts}
				onEdit={(contract) => open(draftFromContract(contract), contract.id)}
				onDelete={props.onDeleteContract}
			/>
		</div>
	);
	const content: Record<OptionsTab, ComponentChildren> = {
		contracts: contractsPanel,
		import: (
			<ImportExport
				importResult={props.importResult}
				importProgress={props.importProgress}
				onImport={props.onImport}
				onExport={props.onExport}
				exportError={props.exportError}
			/>
		),
		sources: (sourcesShown || tab === 'sources') && (
			<DataSources
				figures={props.figures}
				sources={props.sources}
				focusSource={props.focusSource ?? null}
				active={tab === 'sources'}
			/>
		),
		health: <AdapterHealthView health={props.health} />,
		about: <About />,
	};
	return (
		<main class="pg-options">
			<h1 class="pg-title">
				{t('extName')} · {t('options_title')}
			</h1>
			<div class="pg-actions">
				<button type="button" data-cl="open-compare" onClick={props.onOpenCompare}>
					{t('options_open_compare')}
				</button>
			</div>
			<ErrorMessage error={props.storageError} />
			{/* Every panel stays in the DOM (inactive ones hidden) so the import hook is present on load. */}
			<Tabs
				label={t('options_title')}
				tabs={OPTIONS_TABS.map((id) => ({ id, label: t(`options_tab_${id}`), content: content[id] }))}
				selected={tab}
				onSelect={setTab}
			/>
		</main>
	);
}
