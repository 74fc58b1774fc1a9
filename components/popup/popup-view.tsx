import { useState } from 'preact/hooks';
import {
	type DimensionsCm,
	MAX_DIMENSION_CM,
	RANKING_STRATEGIES,
	type RankingStrategy,
} from '../../utils/core/estimate-model';
import { CARRIER_IDS, type CarrierId, type Fen, PLATFORMS, type Platform } from '../../utils/core/ids';
import { fenToYuanText } from '../../utils/core/money';
import type { PageFacts, PageType } from '../../utils/core/page-facts';
import type { ErrorCode, ReplyError } from '../../utils/core/result';
import type { MerchantSettings } from '../../utils/core/settings-model';
import { ErrorMessage, errorText } from '../error-text';
import { carrierName, parseYuanText } from '../format';
import { useI18n } from '../i18n';
import { KgInput } from '../kg-input';
import { Facts } from '../panel/facts';
import { ProvinceSelect } from '../province-select';

/** The active tab when it is a supported marketplace page. */
export interface PopupTab {
	platform: Platform;
	pageType: PageType;
	/** What the panel read; null when the page has not been read (yet). */
	facts: PageFacts | null;
}

export type QuickSaveStatus = { state: 'saving' } | { state: 'saved' } | { state: 'error'; code: ErrorCode };

export interface QuickRate {
	firstFen: Fen;
	extraFen: Fen;
}

export interface PopupViewProps {
	/** null: the active tab is not a supported seller page. */
	tab: PopupTab | null;
	/** null while loading or when the database could not be opened (then storageError says why). */
	settings: MerchantSettings | null;
	/** The existing quick contract per carrier (contract `quick-<carrier>`), to prefill its fields. */
	quickRates: Partial<Record<CarrierId, QuickRate>>;
	/** The database failed (open, quota …): shown as a visible message, never a blank popup. */
	storageError: ReplyError | null;
	/** Error code of the last failed settings write. */
	settingsError?: ErrorCode | null;
	quickStatus?: Partial<Record<CarrierId, QuickSaveStatus>>;
	onSettingsChange: (patch: Partial<MerchantSettings>) => void;
	onQuickContractSave: (input: { carrier: CarrierId; firstFen: Fen; extraFen: Fen }) => void;
	onOpenOptions: () => void;
}

function ThisTab({ tab }: { tab: PopupTab | null }) {
	const { t } = useI18n();
	return (
		<section class="pg-block" aria-labelledby="pp-tab-title">
			<h2 id="pp-tab-title">{t('popup_this_tab')}</h2>
			{tab === null ? (
				<p>{t('popup_tab_unsupported')}</p>
			) : (
				<>
					<p>{t('popup_tab_supported', [t(`platform_${tab.platform}`), t(`pagetype_${tab.pageType}`)])}</p>
					{tab.pageType === 'blocked' ? (
						<p>{t('panel_blocked')}</p>
					) : tab.facts ? (
						<Facts facts={tab.facts} currency="symbol" assumedGrams={null} />
					) : (
						<p>{t('popup_tab_not_read')}</p>
					)}
				</>
			)}
		</section>
	);
}

const DIMENSION = /^\d{1,4}(?:[.,]\d)?$/;

/** L×W×H in cm: all three valid, or all empty for "unknown size". */
function SizeFields({ value, onChange }: { value: DimensionsCm | null; onChange: (d: DimensionsCm | null) => void }) {
	const { t } = useI18n();
	const [texts, setTexts] = useState<[string, string, string]>(
		value ? [String(value.length), String(value.width), String(value.height)] : ['', '', ''],
	);
	const [invalid, setInvalid] = useState(false);
	const labels = [t('popup_size_length'), t('popup_size_width'), t('popup_size_height')];
	const commit = (next: [string, string, string]) => {
		setTexts(next);
		const trimmed = next.map((text) => text.trim().replace(',', '.'));
		if (trimmed.every((text) => text === '')) {
			setInvalid(false);
			onChange(null);
			return;
		}
		const numbers = trimmed.map((text) => (DIMENSION.test(text) ? Number(text) : 0));
		if (numbers.some((n) => !(n > 0) || n > MAX_DIMENSION_CM)) {
			setInvalid(true);
			return;
		}
		setInvalid(false);
		onChange({ length: numbers[0] ?? 0, width: numbers[1] ?? 0, height: numbers[2] ?? 0 });
	};
	return (
		<fieldset class="pg-size">
			<legend>{t('popup_size')}</legend>
			{texts.map((text, index) => (
				<input
					key={index}
					type="text"
					inputMode="decimal"
					aria-label={labels[index]}
					aria-invalid={invalid}
					aria-describedby={invalid ? 'pp-size-error' : undefined}
					value={text}
					onChange={(event) => {
						const next: [string, string, string] = [...texts];
						next[index] = event.currentTarget.value;
						commit(next);
					}}
				/>
			))}
			{invalid && (
				<span id="pp-size-error" class="pg-field-error" role="alert">
					{t('error_size_invalid')}
				</span>
			)}
		</fieldset>
	);
}

function CostWeightField({ value, onChange }: { value: number; onChange: (percent: number) => void }) {
	const { t } = useI18n();
	const [invalid, setInvalid] = useState(false);
	return (
		<div class="pg-row">
			<label for="pp-cost-weight">{t('popup_cost_weight')}</label>
			<input
				id="pp-cost-weight"
				type="text"
				inputMode="numeric"
				class="pg-short"
				value={String(value)}
				aria-invalid={invalid}
				aria-describedby={invalid ? 'pp-cost-weight-error' : undefined}
				onChange={(event) => {
					const text = event.currentTarget.value.trim();
					const percent = /^\d{1,3}$/.test(text) ? Number(text) : -1;
					const ok = percent >= 0 && percent <= 100;
					setInvalid(!ok);
					if (ok) onChange(percent);
				}}
			/>
			{invalid && (
				<span id="pp-cost-weight-error" class="pg-field-error" role="alert">
					{t('error_percent_invalid')}
				</span>
			)}
		</div>
	);
}

function Defaults({
	settings,
	onChange,
}: {
	settings: MerchantSettings;
	onChange: (p: Partial<MerchantSettings>) => void;
}) {
	const { t } = useI18n();
	return (
		<section class="pg-block" aria-labelledby="pp-defaults-title">
			<h2 id="pp-defaults-title">{t('popup_defaults')}</h2>
			<fieldset>
				<legend>{t('popup_origin')}</legend>
				<label class="pg-check">
					<input
						type="radio"
						name="pp-origin"
						checked={settings.originMode === 'page_ship_from'}
						onChange={() => onChange({ originMode: 'page_ship_from' })}
					/>
					{t('popup_origin_page')}
				</label>
				<label class="pg-check">
					<input
						type="radio"
						name="pp-origin"
						checked={settings.originMode === 'warehouse'}
						onChange={() => onChange({ originMode: 'warehouse' })}
					/>
					{t('popup_origin_warehouse')}
				</label>
				<div class="pg-row">
					<label for="pp-warehouse">{t('popup_warehouse_province')}</label>
					<ProvinceSelect
						id="pp-warehouse"
						value={settings.warehouseProvince}
						placeholder={t('popup_choose_province')}
						onChange={(code) => onChange({ warehouseProvince: code })}
					/>
				</div>
			</fieldset>
			<div class="pg-row">
				<label for="pp-destination">{t('control_destination')}</label>
				<ProvinceSelect
					id="pp-destination"
					hook="destination"
					value={settings.defaultDestination}
					onChange={(code) => onChange({ defaultDestination: code })}
				/>
			</div>
			<div class="pg-row">
				<label for="pp-weight">{t('control_weight_kg')}</label>
				<KgInput
					id="pp-weight"
					class="pg-short"
					grams={settings.defaultWeightGrams}
					onChange={(grams) => onChange({ defaultWeightGrams: grams })}
				/>
			</div>
			<SizeFields
				value={settings.defaultDimensionsCm}
				onChange={(dimensions) => onChange({ defaultDimensionsCm: dimensions })}
			/>
			<div class="pg-row">
				<label for="pp-strategy">{t('strategy_label')}</label>
				<select
					id="pp-strategy"
					value={settings.ranking}
					onChange={(event) => {
						const ranking = RANKING_STRATEGIES.find((strategy) => strategy === event.currentTarget.value);
						if (ranking) onChange({ ranking });
					}}
				>
					{RANKING_STRATEGIES.map((strategy) => (
						<option key={strategy} value={strategy}>
							{t(`strategy_${strategy}`)}
						</option>
					))}
				</select>
			</div>
			<CostWeightField
				value={settings.costWeightPercent}
				onChange={(percent) => onChange({ costWeightPercent: percent })}
			/>
			<div class="pg-row">
				<label for="pp-currency">{t('popup_currency')}</label>
				<select
					id="pp-currency"
					value={settings.currencyDisplay}
					onChange={(event) => onChange({ currencyDisplay: event.currentTarget.value === 'code' ? 'code' : 'symbol' })}
				>
					<option value="symbol">{t('popup_currency_symbol')}</option>
					<option value="code">{t('popup_currency_code')}</option>
				</select>
			</div>
			<fieldset>
				<legend>{t('popup_sites')}</legend>
				{PLATFORMS.map((platform) => (
					<label key={platform} class="pg-check">
						<input
							type="checkbox"
							data-cl="site"
							data-platform={platform}
							checked={settings.enabledSites[platform]}
							onChange={(event) =>
								onChange({ enabledSites: { ...settings.enabledSites, [platform]: event.currentTarget.checked } })
							}
						/>
						{t(`platform_${platform}`)}
					</label>
				))}
			</fieldset>
		</section>
	);
}

interface QuickContractProps {
	carrier: CarrierId;
	rate: QuickRate | undefined;
	status: QuickSaveStatus | undefined;
	onSave: PopupViewProps['onQuickContractSave'];
}

/** One carrier's 首重/续重 form; reads the fields on submit so typed text counts without a change event. */
function QuickContract({ carrier, rate, status, onSave }: QuickContractProps) {
	const i18n = useI18n();
	const { t, lang } = i18n;
	const [errors, setErrors] = useState<{ first: boolean; extra: boolean }>({ first: false, extra: false });
	const name = carrierName(carrier, lang);
	const ids = { first: `pp-q-${carrier}-first`, extra: `pp-q-${carrier}-extra`, error: `pp-q-${carrier}-error` };
	const invalid = errors.first || errors.extra;
	return (
		<form
			class="pg-quick"
			data-cl="contract"
			data-carrier={carrier}
			noValidate
			onSubmit={(event) => {
				event.preventDefault();
				const form = event.currentTarget;
				const read = (field: string) => {
					const input = form.elements.namedItem(field);
					return input instanceof HTMLInputElement ? parseYuanText(input.value) : null;
				};
				const firstFen = read('first');
				const extraFen = read('extra');
				setErrors({ first: firstFen === null, extra: extraFen === null });
				if (firstFen !== null && extraFen !== null) onSave({ carrier, firstFen, extraFen });
			}}
		>
			<span class="pg-quick-name">{name}</span>
			<input
				id={ids.first}
				name="first"
				type="text"
				inputMode="decimal"
				class="pg-short"
				data-cl="first-kg-yuan"
				aria-label={t('popup_quick_first_for', [name])}
				aria-invalid={errors.first}
				aria-describedby={invalid ? ids.error : undefined}
				defaultValue={rate ? fenToYuanText(rate.firstFen) : ''}
			/>
			<input
				id={ids.extra}
				name="extra"
				type="text"
				inputMode="decimal"
				class="pg-short"
				data-cl="extra-kg-yuan"
				aria-label={t('popup_quick_extra_for', [name])}
				aria-invalid={errors.extra}
				aria-describedby={invalid ? ids.error : undefined}
				defaultValue={rate ? fenToYuanText(rate.extraFen) : ''}
			/>
			<button type="submit" data-cl="save" aria-label={t('popup_quick_save_for', [name])}>
				{t('action_save')}
			</button>
			<span class="pg-quick-status" role="status">
				{invalid && (
					<span id={ids.error} class="pg-field-error">
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

/** The toolbar popup: this tab, defaults that save on change, quick contracts per carrier. */
export function PopupView(props: PopupViewProps) {
	const { t } = useI18n();
	const { settings } = props;
	return (
		<main class="pg-popup">
			<h1 class="pg-title">{t('extName')}</h1>
			<ErrorMessage error={props.storageError} />
			<ErrorMessage error={props.settingsError ? { code: props.settingsError } : null} />
			<ThisTab tab={props.tab} />
			{settings ? (
				<>
					<Defaults settings={settings} onChange={props.onSettingsChange} />
					<section class="pg-block" aria-labelledby="pp-quick-title">
						<h2 id="pp-quick-title">{t('popup_quick_contracts')}</h2>
						<p class="pg-hint">{t('popup_quick_hint')}</p>
						<div class="pg-quick-head" aria-hidden="true">
							<span>{t('popup_quick_carrier')}</span>
							<span>{t('popup_quick_first')}</span>
							<span>{t('popup_quick_extra')}</span>
						</div>
						{CARRIER_IDS.map((carrier) => {
							const rate = props.quickRates[carrier];
							return (
								<QuickContract
									// Remount when the stored rate changes so the prefilled fields follow it.
									key={`${carrier}-${rate?.firstFen ?? ''}-${rate?.extraFen ?? ''}`}
									carrier={carrier}
									rate={rate}
									status={props.quickStatus?.[carrier]}
									onSave={props.onQuickContractSave}
								/>
							);
						})}
					</section>
				</>
			) : (
				!props.storageError && <p>{t('panel_loading')}</p>
			)}
			<p>
				<button type="button" class="pg-link" onClick={props.onOpenOptions}>
					{t('popup_open_options')}
				</button>
			</p>
		</main>
	);
}
