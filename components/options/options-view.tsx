import { useEffect, useRef, useState } from 'preact/hooks';
import type { ContractFileFormat, MerchantContract } from '../../utils/core/contract-model';
import type { CarrierId } from '../../utils/core/ids';
import type { ErrorCode, ReplyError } from '../../utils/core/result';
import type { SourceId } from '../../utils/core/source-ids';
import { ErrorMessage } from '../error-text';
import { useI18n } from '../i18n';
import { About } from './about';
import { type ContractDraft, draftFromContract, newContractDraft } from './contract-draft';
import { ContractEditor } from './contract-editor';
import { ContractList } from './contract-list';
import { DataSources, type DefaultFigureRow, type SourceRow } from './data-sources';
import { ImportExport, type ImportResult } from './import-export';

export const OPTIONS_TABS = ['contracts', 'import', 'sources', 'about'] as const;
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

/** The options page: contracts, import/export, data sources, about/privacy as accessible tabs. */
export function OptionsView(props: OptionsViewProps) {
	const { t } = useI18n();
	const [tab, setTab] = useState<OptionsTab>(props.initialTab ?? 'contracts');
	// The address changed (a link to #sources/S37 while the page is open): follow it.
	useEffect(() => {
		if (props.initialTab) setTab(props.initialTab);
	}, [props.initialTab, props.focusSource]);
	const [editing, setEditing] = useState<ContractDraft | null>(null);
	const [pendingSave, setPendingSave] = useState(false);
	const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
	// A save is done when the container hands back a new contract list without an error: close the editor.
	useEffect(() => {
		if (pendingSave && !props.saveError) {
			setPendingSave(false);
			setEditing(null);
		}
		// Only a new contract list ends a pending save.
	}, [props.contracts]);
	const select = (index: number) => {
		const next = OPTIONS_TABS[(index + OPTIONS_TABS.length) % OPTIONS_TABS.length] ?? 'contracts';
		setTab(next);
		tabRefs.current[OPTIONS_TABS.indexOf(next)]?.focus();
	};
	const startNew = (carrier: CarrierId = 'zto') => setEditing(newContractDraft((props.createId ?? newId)(), carrier));
	return (
		<main class="pg-options">
			<h1 class="pg-title">
				{t('extName')} · {t('options_title')}
			</h1>
			<ErrorMessage error={props.storageError} />
			<div class="pg-tabs" role="tablist" aria-label={t('options_title')}>
				{OPTIONS_TABS.map((id, index) => (
					<button
						key={id}
						ref={(element) => {
							tabRefs.current[index] = element;
						}}
						type="button"
						role="tab"
						id={`tab-${id}`}
						aria-selected={tab === id}
						aria-controls={`panel-${id}`}
						tabIndex={tab === id ? 0 : -1}
						onClick={() => setTab(id)}
						onKeyDown={(event) => {
							if (event.key === 'ArrowRight') select(index + 1);
							else if (event.key === 'ArrowLeft') select(index - 1);
							else if (event.key === 'Home') select(0);
							else if (event.key === 'End') select(OPTIONS_TABS.length - 1);
							else return;
							event.preventDefault();
						}}
					>
						{t(`options_tab_${id}`)}
					</button>
				))}
			</div>
			{/* Every panel stays in the DOM (inactive ones hidden) so the import hook is present on load. */}
			<div
				class="pg-tabpanel"
				role="tabpanel"
				id="panel-contracts"
				aria-labelledby="tab-contracts"
				hidden={tab !== 'contracts'}
			>
				{editing ? (
					<ContractEditor
						key={editing.id}
						initial={editing}
						saveError={pendingSave ? props.saveError : null}
						now={props.now}
						onCancel={() => {
							setPendingSave(false);
							setEditing(null);
						}}
						onSave={(contract, overwrite) => {
							setPendingSave(true);
							props.onSaveContract(contract, { baseVersion: editing.updatedAt || null, overwrite });
						}}
					/>
				) : (
					<div class="pg-stack">
						<div class="pg-actions">
							<button type="button" class="pg-primary" onClick={() => startNew()}>
								{t('contracts_new')}
							</button>
						</div>
						<ContractList
							contracts={props.contracts}
							onEdit={(contract) => setEditing(draftFromContract(contract))}
							onDelete={props.onDeleteContract}
						/>
					</div>
				)}
			</div>
			<div class="pg-tabpanel" role="tabpanel" id="panel-import" aria-labelledby="tab-import" hidden={tab !== 'import'}>
				<ImportExport
					importResult={props.importResult}
					importProgress={props.importProgress}
					onImport={props.onImport}
					onExport={props.onExport}
					exportError={props.exportError}
				/>
			</div>
			<div
				class="pg-tabpanel"
				role="tabpanel"
				id="panel-sources"
				aria-labelledby="tab-sources"
				hidden={tab !== 'sources'}
			>
				<DataSources
					figures={props.figures}
					sources={props.sources}
					focusSource={props.focusSource ?? null}
					active={tab === 'sources'}
				/>
			</div>
			<div class="pg-tabpanel" role="tabpanel" id="panel-about" aria-labelledby="tab-about" hidden={tab !== 'about'}>
				<About />
			</div>
		</main>
	);
}
