import { useEffect, useRef, useState } from 'preact/hooks';
import { PROVINCES } from '../../utils/core/geography';
import { CARRIER_IDS, type CarrierId, type ProvinceCode } from '../../utils/core/ids';
import { fenToYuanText } from '../../utils/core/money';
import type { QuickContractEdit, QuickContractFields, QuickFormLimit } from '../../utils/core/quick-contract';
import type { ErrorCode } from '../../utils/core/result';
import { errorText } from '../error-text';
import { carrierName, parseYuanText } from '../format';
import { useI18n } from '../i18n';

export type QuickSaveStatus = { state: 'saving' } | { state: 'saved' } | { state: 'error'; code: ErrorCode };

/** A carrier's stored quick contract as the popup shows it: its fields, and what the form cannot show of it. */
export interface QuickContractState {
	fields: QuickContractFields;
	limits: QuickFormLimit[];
}

export interface QuickContractsProps {
	contracts: Partial<Record<CarrierId, QuickContractState>>;
	status: Partial<Record<CarrierId, QuickSaveStatus>>;
	onSave: (edit: QuickContractEdit) => void;
	onOpenEditor: () => void;
}

interface FieldTexts {
	first: string;
	extra: string;
	origin: string;
}

const textsOf = (fields: QuickContractFields | undefined): FieldTexts => ({
	first: fields ? fenToYuanText(fields.firstFen) : '',
	extra: fields ? fenToYuanText(fields.extraFen) : '',
	origin: fields?.originProvince ?? '',
});

/**
 * Stored values that change while the popup is open (another page saved) replace what a field shows, unless the
 * merchant has typed in it since: their edit is never clobbered.
 */
function useFollowStored(texts: FieldTexts) {
	const refs = {
		first: useRef<HTMLInputElement>(null),
		extra: useRef<HTMLInputElement>(null),
		origin: useRef<HTMLSelectElement>(null),
	};
	// The select starts at "any" (a select has no default value in Preact): the first run below sets its origin.
	const shown = useRef({ ...texts, origin: '' });
	useEffect(() => {
		for (const field of ['first', 'extra', 'origin'] as const) {
			const element = refs[field].current;
			if (element && element.value === shown.current[field]) element.value = texts[field];
		}
		shown.current = texts;
	}, [texts.first, texts.extra, texts.origin]);
	return refs;
}

interface RowProps {
	carrier: CarrierId;
	stored: QuickContractState | undefined;
	status: QuickSaveStatus | undefined;
	onSave: QuickContractsProps['onSave'];
}

/** One carrier's first kg, each further kg and origin; reads the fields on submit so typed text counts at once. */
function QuickContractRow({ carrier, stored, status, onSave }: RowProps) {
	const i18n = useI18n();
	const { t, lang } = i18n;
	const [errors, setErrors] = useState({ first: false, extra: false });
	const name = carrierName(carrier, lang);
	const texts = textsOf(stored?.fields);
	const refs = useFollowStored(texts);
	const errorId = `pp-q-${carrier}-error`;
	const invalid = errors.first || errors.extra;
	const describedBy = invalid ? errorId : undefined;
	return (
		<form
			class="pp-quick"
			data-cl="contract"
			data-carrier={carrier}
			noValidate
			onSubmit={(event) => {
				event.preventDefault();
				const firstFen = parseYuanText(refs.first.current?.value ?? '');
				const extraFen = parseYuanText(refs.extra.current?.value ?? '');
				setErrors({ first: firstFen === null, extra: extraFen === null });
				if (firstFen === null || extraFen === null) return;
				// The origin is sent only when the merchant changed it: a save before the stored contract arrived
				// must not clear an origin the editor set.
				const origin = refs.origin.current?.value ?? texts.origin;
				const originProvince =
					origin === texts.origin ? {} : { originProvince: (origin || null) as ProvinceCode | null };
				onSave({ carrier, firstFen, extraFen, ...originProvince });
			}}
		>
			<span class="pp-quick-name">{name}</span>
			<input
				ref={refs.first}
				name="first"
				type="text"
				inputMode="decimal"
				autoComplete="off"
				data-cl="first-kg-yuan"
				aria-label={t('popup_quick_first_for', [name])}
				aria-invalid={errors.first}
				aria-describedby={describedBy}
				defaultValue={texts.first}
			/>
			<input
				ref={refs.extra}
				name="extra"
				type="text"
				inputMode="decimal"
				autoComplete="off"
				data-cl="extra-kg-yuan"
				aria-label={t('popup_quick_extra_for', [name])}
				aria-invalid={errors.extra}
				aria-describedby={describedBy}
				defaultValue={texts.extra}
			/>
			<select ref={refs.origin} name="origin" aria-label={t('popup_quick_origin_for', [name])}>
				<option value="">{t('popup_quick_origin_any')}</option>
				{PROVINCES.map((province) => (
					<option key={province.code} value={province.code}>
						{lang === 'zh' ? province.shortZh : province.name[lang]}
					</option>
				))}
			</select>
			<button type="submit" data-cl="save" aria-label={t('popup_quick_save_for', [name])}>
				{t('action_save')}
			</button>
			<span class="pp-quick-status" role="status" data-state={invalid ? 'invalid' : (status?.state ?? '')}>
				{invalid && (
					<span id={errorId} class="pg-field-error">
						{t('error_yuan_invalid')}
					</span>
				)}
				{!invalid && status?.state === 'saving' && t('status_saving')}
				{!invalid && status?.state === 'saved' && t('status_saved')}
				{!invalid && status?.state === 'error' && <span class="pg-field-error">{errorText(i18n, status.code)}</span>}
			</span>
		</form>
	);
}

/** A contract with prices the form cannot show: said plainly, with the way to the editor, and never overwritten. */
function EditorOnlyRow({
	carrier,
	limits,
	onOpenEditor,
}: {
	carrier: CarrierId;
	limits: QuickFormLimit[];
	onOpenEditor: () => void;
}) {
	const { t, lang } = useI18n();
	const name = carrierName(carrier, lang);
	return (
		<div class="pp-quick pp-quick-editor" data-cl="contract" data-carrier={carrier} data-editable="false">
			<span class="pp-quick-name">{name}</span>
			<span class="pp-quick-limits">
				{t('popup_quick_editor_only', [limits.map((limit) => t(`quick_limit_${limit}`)).join(t('health_separator'))])}
			</span>
			<button
				type="button"
				class="pg-link"
				onClick={onOpenEditor}
				aria-label={t('popup_quick_open_editor_for', [name])}
			>
				{t('popup_quick_open_editor')}
			</button>
		</div>
	);
}

/** Quick contracts, one row per carrier: a nationwide price for the first kg and each further kg, and the origin. */
export function QuickContracts({ contracts, status, onSave, onOpenEditor }: QuickContractsProps) {
	const { t } = useI18n();
	return (
		<section class="pp-block" aria-labelledby="pp-quick-title">
			<div class="pp-head">
				<h2 id="pp-quick-title">{t('popup_quick_contracts')}</h2>
				<span class="pp-hint">{t('popup_quick_hint')}</span>
			</div>
			<div class="pp-quick pp-quick-head" aria-hidden="true">
				<span>{t('popup_quick_carrier')}</span>
				<span>{t('popup_quick_first')}</span>
				<span>{t('popup_quick_extra')}</span>
				<span>{t('popup_quick_origin')}</span>
			</div>
			{CARRIER_IDS.map((carrier) => {
				const stored = contracts[carrier];
				return stored?.limits.length ? (
					<EditorOnlyRow key={carrier} carrier={carrier} limits={stored.limits} onOpenEditor={onOpenEditor} />
				) : (
					<QuickContractRow key={carrier} carrier={carrier} stored={stored} status={status[carrier]} onSave={onSave} />
				);
			})}
		</section>
	);
}
