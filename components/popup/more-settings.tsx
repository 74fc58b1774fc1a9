import { useState } from 'preact/hooks';
import { type DimensionsCm, MAX_DIMENSION_CM, RANKING_STRATEGIES } from '../../utils/core/estimate-model';
import { PLATFORMS } from '../../utils/core/ids';
import type { MerchantSettings } from '../../utils/core/settings-model';
import { useI18n } from '../i18n';

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

interface MoreSettingsProps {
	settings: MerchantSettings;
	onChange: (patch: Partial<MerchantSettings>) => void;
}

/** What a merchant sets once: size, ranking, the cost share of best value, money display, marketplaces. Collapsed. */
export function MoreSettings({ settings, onChange }: MoreSettingsProps) {
	const { t } = useI18n();
	return (
		<details class="pp-block pp-more">
			<summary>{t('popup_more_settings')}</summary>
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
		</details>
	);
}
