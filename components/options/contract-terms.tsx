import { useI18n } from '../i18n';
import type { ContractDraft } from './contract-draft';
import { FieldError, TextField } from './field';
import { ProvincePicker } from './province-picker';

interface ContractTermsProps {
	draft: ContractDraft;
	onChange: (patch: Partial<ContractDraft>) => void;
}

/** Where and when a contract applies, and what it adds on top of the rate cards (surcharges and fees). */
export function ContractTerms({ draft, onChange }: ContractTermsProps) {
	const { t } = useI18n();
	return (
		<>
			<fieldset class="pg-origins">
				<legend>{t('editor_origins')}</legend>
				<p id="ed-origins-hint" class="pg-hint">
					{t('editor_origins_hint')}
				</p>
				<ProvincePicker
					id="ed-origins"
					label={t('editor_origins')}
					selected={draft.originProvinces}
					describedBy="ed-origins-hint"
					onChange={(originProvinces) => onChange({ originProvinces })}
				/>
				<FieldError path="originProvinces" />
			</fieldset>
			<div class="pg-grid">
				<TextField
					path="validFrom"
					label={t('editor_valid_from')}
					type="date"
					value={draft.validFrom}
					onValue={(validFrom) => onChange({ validFrom })}
				/>
				<TextField
					path="validTo"
					label={t('editor_valid_to')}
					type="date"
					value={draft.validTo}
					onValue={(validTo) => onChange({ validTo })}
				/>
			</div>
			<fieldset>
				<legend>{t('editor_surcharges_fees')}</legend>
				<div class="pg-grid">
					<TextField
						path="remoteSurcharge.remote1Fen"
						label={t('editor_remote1')}
						short
						value={draft.remote1Yuan}
						onValue={(remote1Yuan) => onChange({ remote1Yuan })}
					/>
					<TextField
						path="remoteSurcharge.remote2Fen"
						label={t('editor_remote2')}
						short
						value={draft.remote2Yuan}
						onValue={(remote2Yuan) => onChange({ remote2Yuan })}
					/>
					<TextField
						path="volumetricDivisor"
						label={t('editor_divisor')}
						inputMode="numeric"
						short
						value={draft.divisor}
						onValue={(divisor) => onChange({ divisor })}
					/>
					<TextField
						path="pickupFeeFen"
						label={t('editor_pickup_fee')}
						short
						value={draft.pickupYuan}
						onValue={(pickupYuan) => onChange({ pickupYuan })}
					/>
					<TextField
						path="doorDeliveryFeeFen"
						label={t('editor_door_fee')}
						short
						value={draft.doorYuan}
						onValue={(doorYuan) => onChange({ doorYuan })}
					/>
					<TextField
						path="insuranceBp"
						label={t('editor_insurance')}
						short
						value={draft.insurancePercent}
						onValue={(insurancePercent) => onChange({ insurancePercent })}
					/>
					<TextField
						path="monthlyVolume"
						label={t('editor_monthly_volume')}
						inputMode="numeric"
						short
						value={draft.monthlyVolume}
						onValue={(monthlyVolume) => onChange({ monthlyVolume })}
					/>
				</div>
			</fieldset>
		</>
	);
}
