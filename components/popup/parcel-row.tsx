import type { MerchantSettings } from '../../utils/core/settings-model';
import { useI18n } from '../i18n';
import { KgInput } from '../kg-input';
import { ProvinceSelect } from '../province-select';

interface ParcelRowProps {
	settings: MerchantSettings;
	onChange: (patch: Partial<MerchantSettings>) => void;
}

/** Hook values of the origin radios (`origin-mode`, README): the page's ship-from or the merchant's warehouse. */
const ORIGIN_HOOKS = { page_ship_from: 'page', warehouse: 'warehouse' } as const;
const ORIGIN_LABELS = { page_ship_from: 'popup_origin_page', warehouse: 'popup_origin_warehouse' } as const;

/**
 * Where from, where to and how heavy, in one compact row: the origin (the page's ship-from or my warehouse, whose
 * province is asked for right there when it is missing), the destination and the weight.
 */
export function ParcelRow({ settings, onChange }: ParcelRowProps) {
	const { t } = useI18n();
	const needsWarehouse = settings.originMode === 'warehouse' && settings.warehouseProvince === null;
	return (
		<section class="pp-block pp-parcel" aria-label={t('popup_parcel')}>
			<fieldset class="pp-origin">
				<legend>{t('popup_origin')}</legend>
				{(['page_ship_from', 'warehouse'] as const).map((mode) => (
					<label key={mode} class="pg-check">
						<input
							type="radio"
							name="pp-origin"
							data-cl="origin-mode"
							value={ORIGIN_HOOKS[mode]}
							checked={settings.originMode === mode}
							onChange={() => onChange({ originMode: mode })}
						/>
						{t(ORIGIN_LABELS[mode])}
					</label>
				))}
			</fieldset>
			<div class="pp-cell">
				<label for="pp-warehouse">{t('popup_warehouse_province')}</label>
				<ProvinceSelect
					id="pp-warehouse"
					hook="warehouse"
					value={settings.warehouseProvince}
					placeholder={t('popup_choose_province')}
					invalid={needsWarehouse}
					describedBy={needsWarehouse ? 'pp-warehouse-needed' : undefined}
					onChange={(code) => onChange({ warehouseProvince: code })}
				/>
			</div>
			<div class="pp-cell">
				<label for="pp-destination">{t('control_destination')}</label>
				<ProvinceSelect
					id="pp-destination"
					hook="destination"
					value={settings.defaultDestination}
					onChange={(code) => onChange({ defaultDestination: code })}
				/>
			</div>
			<div class="pp-cell">
				<label for="pp-weight">{t('control_weight_kg')}</label>
				<KgInput
					id="pp-weight"
					class="pp-weight"
					grams={settings.defaultWeightGrams}
					onChange={(grams) => onChange({ defaultWeightGrams: grams })}
				/>
			</div>
			<p id="pp-warehouse-needed" class="pp-prompt" role="status">
				{needsWarehouse && t('popup_warehouse_needed')}
			</p>
		</section>
	);
}
