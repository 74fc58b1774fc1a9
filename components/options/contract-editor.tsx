import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MerchantContract } from '../../utils/core/contract-model';
import { CARRIER_IDS, isCarrierId } from '../../utils/core/ids';
import type { ValidationIssue } from '../../utils/core/issues';
import type { ReplyError } from '../../utils/core/result';
import { ErrorMessage, errorText, issueText } from '../error-text';
import { carrierName, contractName } from '../format';
import { useI18n } from '../i18n';
import { type ContractDraft, contractFromDraft } from './contract-draft';
import { ContractTerms } from './contract-terms';
import { FieldError, IssuesContext, TextField } from './field';
import { RateCardFields } from './rate-card-fields';
import { RateOverrides } from './rate-overrides';

export interface ContractEditorProps {
	initial: ContractDraft;
	/** Server-side rejection of the last save (code and field issues). */
	saveError: ReplyError | null;
	/** `overwrite`: saving again after a version conflict ("keep mine"), replacing the newer version. */
	onSave: (contract: MerchantContract, overwrite: boolean) => void;
	onCancel: () => void;
	/** "Reload" after a version conflict: drop this edit and open the stored version. */
	onReload: () => void;
	/** The stored contract changed since this editor opened (another tab saved it): say so before a save is refused. */
	changedElsewhere?: boolean;
	/** ISO timestamp for updatedAt; injectable for tests. */
	now?: () => string;
}

/** A version conflict: what happened, and the two ways on. */
function ConflictChoice({ onReload, onKeepMine }: { onReload: () => void; onKeepMine: () => void }) {
	const i18n = useI18n();
	return (
		<div class="pg-error" role="alert" data-cl="editor-conflict">
			<p>{errorText(i18n, 'version_conflict')}</p>
			<div class="pg-actions">
				<button type="button" data-cl="editor-reload" onClick={onReload}>
					{i18n.t('editor_conflict_reload')}
				</button>
				<button type="button" data-cl="editor-keep-mine" onClick={onKeepMine}>
					{i18n.t('editor_conflict_keep_mine')}
				</button>
			</div>
		</div>
	);
}

/**
 * The full rate-card editor for one contract: carrier and name, the nationwide price, its overrides with one-click
 * presets, then where and when the contract applies and its fees. Field errors come from the core's validator.
 */
export function ContractEditor({
	initial,
	saveError,
	onSave,
	onCancel,
	onReload,
	changedElsewhere,
	now,
}: ContractEditorProps) {
	const i18n = useI18n();
	const { t, lang } = i18n;
	const [draft, setDraft] = useState(initial);
	const [tried, setTried] = useState(false);
	const basePriceRef = useRef<HTMLInputElement>(null);
	// Opening the editor moves focus into it (never left on <body>), to the price most contracts start with; the
	// carrier and name are one Shift+Tab away.
	useEffect(() => basePriceRef.current?.focus(), []);
	const set = (patch: Partial<ContractDraft>) => setDraft({ ...draft, ...patch });
	const converted = useMemo(() => contractFromDraft(draft, now ? now() : new Date().toISOString()), [draft, now]);
	// Errors show after the first save attempt, then follow every edit.
	const issues: ValidationIssue[] = [...(tried ? converted.issues : []), ...(saveError?.issues ?? [])];
	const byPath = new Map<string, ValidationIssue[]>();
	for (const issue of issues) byPath.set(issue.path, [...(byPath.get(issue.path) ?? []), issue]);
	const title = contractName(i18n, { id: draft.id, carrier: draft.carrier, name: draft.name });
	const conflict = saveError?.code === 'version_conflict';
	return (
		<IssuesContext.Provider value={byPath}>
			<form
				class="pg-editor"
				noValidate
				aria-labelledby="ed-title"
				data-cl="editor"
				onSubmit={(event) => {
					event.preventDefault();
					setTried(true);
					if (converted.issues.length === 0) onSave(converted.contract, false);
				}}
			>
				<h3 id="ed-title">{t('editor_title', [title])}</h3>
				{changedElsewhere && !conflict && (
					<p class="pg-hint" role="status">
						{t('editor_changed_elsewhere')}
					</p>
				)}
				{issues.length > 0 && (
					<div class="pg-error" role="alert">
						<p>{t('editor_has_errors', [issues.length])}</p>
						<ul class="pg-issues">
							{issues.map((found, index) => (
								<li key={index} data-path={found.path}>
									{issueText(i18n, found)}
								</li>
							))}
						</ul>
					</div>
				)}
				{conflict ? (
					<ConflictChoice onReload={onReload} onKeepMine={() => onSave(converted.contract, true)} />
				) : (
					// The field problems of a rejected save are listed above; the reply's own sentence says what happened.
					<ErrorMessage error={saveError ? { code: saveError.code } : null} />
				)}
				<div class="pg-grid">
					<span class="pg-field">
						<label for="ed-carrier">{t('editor_carrier')}</label>
						<select
							id="ed-carrier"
							value={draft.carrier}
							onChange={(event) => {
								const carrier = event.currentTarget.value;
								if (isCarrierId(carrier)) set({ carrier });
							}}
						>
							{CARRIER_IDS.map((id) => (
								<option key={id} value={id}>
									{carrierName(id, lang)}
								</option>
							))}
						</select>
						<FieldError path="carrier" />
					</span>
					<TextField
						path="name"
						label={t('editor_name')}
						inputMode="text"
						value={draft.name}
						onValue={(name) => set({ name })}
					/>
				</div>
				<fieldset>
					<legend>{t('editor_prices')}</legend>
					<section class="pg-override" aria-labelledby="ed-base">
						<h4 id="ed-base">{t('preset_national')}</h4>
						<p class="pg-hint">{t('editor_base_members')}</p>
						<RateCardFields
							card={draft.rates}
							path="rates"
							scope={t('preset_national')}
							firstPriceRef={basePriceRef}
							onChange={(rates) => set({ rates })}
						/>
					</section>
					<RateOverrides
						overrides={draft.overrides}
						base={draft.rates}
						origins={draft.originProvinces}
						onChange={(overrides) => set({ overrides })}
						onFocusBase={() => basePriceRef.current?.focus()}
					/>
				</fieldset>
				<ContractTerms draft={draft} onChange={set} />
				<div class="pg-actions">
					<button type="submit" class="pg-primary" data-cl="editor-save">
						{t('action_save')}
					</button>
					<button type="button" onClick={onCancel}>
						{t('action_cancel')}
					</button>
				</div>
			</form>
		</IssuesContext.Provider>
	);
}
