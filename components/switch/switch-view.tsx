import { useEffect, useState } from 'preact/hooks';
import { PROVINCES } from '../../utils/core/geography';
import { CARRIER_IDS, type CarrierId, type Fen, isCarrierId, type ProvinceCode } from '../../utils/core/ids';
import { fenToYuanText } from '../../utils/core/money';
import type { SwitchResult, Verdict } from '../../utils/core/switch-calculator';
import { MAX_MONTHLY_ORDERS } from '../../utils/core/switch-calculator';
import { type CurrencyDisplay, carrierName, parseYuanText } from '../format';
import { useI18n } from '../i18n';
import { KgInput } from '../kg-input';
import { ProvinceSelect } from '../province-select';
import { CostChart } from './cost-chart';
import { type MixImportResult, OrderImport } from './order-import';
import { SwitchTable, Verdicts } from './switch-table';

/** `national`, `orders` (the merchant's imported mix) or a province code (every parcel there). */
export type MixChoice = string;

export interface SwitchInputs {
	orders: number;
	current: CarrierId;
	origin: ProvinceCode | null;
	weightGrams: number;
	mix: MixChoice;
	averageOrderValueFen: Fen | null;
}

interface SwitchViewProps {
	inputs: SwitchInputs;
	onInputs: (patch: Partial<SwitchInputs>) => void;
	/** The merchant's imported mix: its order count, or null when none was imported. */
	ordersMix: { orders: number; importedAt: string } | null;
	result: SwitchResult | null;
	verdicts: readonly Verdict[];
	currency: CurrencyDisplay;
	importResult: MixImportResult | null;
	importing: boolean;
	onImportFile: (file: File) => void;
	/** Settings or contracts could not be read: figures use defaults only. */
	loadError: string | null;
}

/** Whole orders per month; null when the text is not a whole number in range. */
function parseOrders(text: string): number | null {
	const trimmed = text.trim().replace(/[,，\s]/g, '');
	if (!/^\d{1,8}$/.test(trimmed)) return null;
	const value = Number(trimmed);
	return value <= MAX_MONTHLY_ORDERS ? value : null;
}

/** A text field that passes on only valid values and says what is wrong otherwise (`parse` returns undefined). */
function ParsedField<T>(props: {
	id: string;
	hook?: string;
	value: T;
	show: (value: T) => string;
	parse: (text: string) => T | undefined;
	onValue: (value: T) => void;
	error: string;
	inputMode: 'numeric' | 'decimal';
	describedBy?: string;
}) {
	const [text, setText] = useState(props.show(props.value));
	const [invalid, setInvalid] = useState(false);
	// Only an outside change of the value replaces what the merchant typed ("1,000" stays as typed).
	useEffect(() => {
		if (props.parse(text) !== props.value) setText(props.show(props.value));
	}, [props.value]);
	const errorId = `${props.id}-error`;
	const update = (next: string) => {
		setText(next);
		const parsed = props.parse(next);
		setInvalid(parsed === undefined);
		if (parsed !== undefined && parsed !== props.value) props.onValue(parsed);
	};
	const describedBy = [props.describedBy, invalid ? errorId : undefined].filter(Boolean).join(' ') || undefined;
	return (
		<>
			<input
				id={props.id}
				class="pg-short"
				type="text"
				inputMode={props.inputMode}
				autoComplete="off"
				data-cl={props.hook}
				value={text}
				aria-invalid={invalid}
				aria-describedby={describedBy}
				onInput={(event) => update(event.currentTarget.value)}
				onChange={(event) => update(event.currentTarget.value)}
			/>
			{invalid && (
				<span id={errorId} class="pg-field-error" role="alert">
					{props.error}
				</span>
			)}
		</>
	);
}

/**
 * The Carriers tab: what a month of parcels costs with every carrier against the one used today, how fast it
 * arrives and how it is handed over. Everything recalculates on every keystroke; nothing is saved but the
 * imported order mix.
 */
export function SwitchView(props: SwitchViewProps) {
	const { t, lang } = useI18n();
	const { inputs, onInputs, result } = props;
	// Cheapest first; equal costs keep the carriers' usual order.
	const rows = result ? [...result.rows].sort((a, b) => a.monthlyFen - b.monthlyFen) : [];
	return (
		<div class="pg-stack sw-view">
			<p class="pg-hint">{t('switch_intro')}</p>
			{props.loadError && <p class="pg-error">{props.loadError}</p>}
			<fieldset class="sw-inputs">
				<legend>{t('switch_inputs')}</legend>
				<div class="pg-row">
					<label for="sw-orders">{t('switch_orders')}</label>
					<ParsedField
						id="sw-orders"
						hook="switch-orders"
						value={inputs.orders}
						show={String}
						parse={(text) => parseOrders(text) ?? undefined}
						onValue={(orders) => onInputs({ orders })}
						error={t('switch_orders_invalid')}
						inputMode="numeric"
					/>
				</div>
				<div class="pg-row">
					<label for="sw-current">{t('switch_current')}</label>
					<select
						id="sw-current"
						data-cl="switch-current"
						value={inputs.current}
						onChange={(event) => {
							const value = event.currentTarget.value;
							if (isCarrierId(value)) onInputs({ current: value });
						}}
					>
						{CARRIER_IDS.map((carrier) => (
							<option key={carrier} value={carrier}>
								{carrierName(carrier, lang)}
							</option>
						))}
					</select>
				</div>
				<div class="pg-row">
					<label for="sw-origin">{t('switch_origin')}</label>
					<ProvinceSelect
						id="sw-origin"
						hook="switch-origin"
						value={inputs.origin}
						onChange={(origin) => onInputs({ origin })}
						placeholder={inputs.origin === null ? t('switch_origin_unknown') : undefined}
					/>
				</div>
				<div class="pg-row">
					<label for="sw-mix">{t('switch_mix')}</label>
					<select
						id="sw-mix"
						data-cl="switch-mix"
						value={inputs.mix}
						aria-describedby="sw-mix-hint"
						onChange={(event) => onInputs({ mix: event.currentTarget.value })}
					>
						<option value="national">{t('switch_mix_national')}</option>
						{props.ordersMix && (
							<option value="orders">
								{t('switch_mix_orders', [props.ordersMix.orders, props.ordersMix.importedAt.slice(0, 10)])}
							</option>
						)}
						<optgroup label={t('switch_mix_one_province')}>
							{PROVINCES.map((province) => (
								<option key={province.code} value={province.code}>
									{province.name[lang]}
								</option>
							))}
						</optgroup>
					</select>
					<span id="sw-mix-hint" class="pg-hint">
						{inputs.mix === 'national' ? t('switch_mix_national_hint') : ''}
					</span>
				</div>
				<div class="pg-row">
					<label for="sw-weight">{t('switch_weight')}</label>
					<KgInput
						id="sw-weight"
						hook="switch-weight-kg"
						class="pg-short"
						grams={inputs.weightGrams}
						onChange={(weightGrams) => onInputs({ weightGrams })}
					/>
				</div>
				<div class="pg-row">
					<label for="sw-aov">{t('switch_aov')}</label>
					<ParsedField<Fen | null>
						id="sw-aov"
						value={inputs.averageOrderValueFen}
						show={(fen) => (fen === null ? '' : fenToYuanText(fen))}
						parse={(text) => (text.trim() === '' ? null : (parseYuanText(text) ?? undefined))}
						onValue={(averageOrderValueFen) => onInputs({ averageOrderValueFen })}
						error={t('error_yuan_invalid')}
						inputMode="decimal"
						describedBy="sw-aov-hint"
					/>
					<span id="sw-aov-hint" class="pg-hint">
						{t('switch_aov_hint')}
					</span>
				</div>
			</fieldset>
			{result && (
				<section aria-labelledby="sw-result-title" class="pg-stack">
					<h3 id="sw-result-title">{t('switch_result_title')}</h3>
					<Verdicts verdicts={props.verdicts} currency={props.currency} />
					<SwitchTable rows={rows} current={result.current} currency={props.currency} />
					<CostChart rows={rows} current={result.current} currency={props.currency} />
					<p class="pg-hint">{t('switch_method_note')}</p>
				</section>
			)}
			{/* Below the answer: the national mix answers first; the merchant's own orders refine it. */}
			<OrderImport result={props.importResult} importing={props.importing} onFile={props.onImportFile} />
		</div>
	);
}
