import { useMemo, useState } from 'preact/hooks';
import type { MerchantContract } from '../../utils/core/contract-model';
import { PROVINCES } from '../../utils/core/geography';
import { CARRIER_IDS, isCarrierId, type ProvinceCode } from '../../utils/core/ids';
import type { ValidationIssue } from '../../utils/core/issues';
import type { ReplyError } from '../../utils/core/result';
import { ZONES, type Zone } from '../../utils/core/zones';
import { ErrorMessage, issueText } from '../error-text';
import { carrierName, contractName, provinceName } from '../format';
import { useI18n } from '../i18n';
import { ProvinceSelect } from '../province-select';
import { type CardDraft, type ContractDraft, contractFromDraft, emptyCardDraft, newKey } from './contract-draft';
import { FieldError, IssuesContext, TextField } from './field';

interface RateCardEditorProps {
	card: CardDraft;
	path: string;
	onChange: (card: CardDraft) => void;
}

/** Weight bands (flat price up to a weight) and first/extra weight pricing above them. */
function RateCardEditor({ card, path, onChange }: RateCardEditorProps) {
	const { t } = useI18n();
	const set = (patch: Partial<CardDraft>) => onChange({ ...card, ...patch });
	return (
		<div class="pg-card">
			<table class="pg-bands">
				<caption>{t('editor_bands')}</caption>
				<thead>
					<tr>
						<th scope="col">{t('editor_band_max_kg')}</th>
						<th scope="col">{t('editor_band_price')}</th>
						<th scope="col">
							<span class="pg-sr">{t('editor_actions')}</span>
						</th>
					</tr>
				</thead>
				<tbody>
					{card.bands.map((band, index) => {
						const setBand = (patch: Partial<typeof band>) =>
							set({ bands: card.bands.map((b) => (b.key === band.key ? { ...b, ...patch } : b)) });
						return (
							<tr key={band.key}>
								<td>
									<TextField
										path={`${path}.bands[${index}].maxGrams`}
										label={t('editor_band_max_kg_n', [index + 1])}
										hiddenLabel
										short
										value={band.maxKg}
										onValue={(maxKg) => setBand({ maxKg })}
									/>
								</td>
								<td>
									<TextField
										path={`${path}.bands[${index}].priceFen`}
										label={t('editor_band_price_n', [index + 1])}
										hiddenLabel
										short
										value={band.priceYuan}
										onValue={(priceYuan) => setBand({ priceYuan })}
									/>
								</td>
								<td>
									<button
										type="button"
										aria-label={t('editor_band_remove_n', [index + 1])}
										onClick={() => set({ bands: card.bands.filter((b) => b.key !== band.key) })}
									>
										{t('action_remove')}
									</button>
								</td>
							</tr>
						);
					})}
				</tbody>
			</table>
			<FieldError path={`${path}.bands`} />
			<button
				type="button"
				onClick={() => set({ bands: [...card.bands, { key: newKey(), maxKg: '', priceYuan: '' }] })}
			>
				{t('editor_band_add')}
			</button>
			<div class="pg-grid">
				<TextField
					path={`${path}.firstGrams`}
					label={t('editor_first_kg')}
					short
					value={card.firstKg}
					onValue={(firstKg) => set({ firstKg })}
				/>
				<TextField
					path={`${path}.firstFen`}
					label={t('editor_first_price')}
					short
					value={card.firstYuan}
					onValue={(firstYuan) => set({ firstYuan })}
				/>
				<TextField
					path={`${path}.extraFen`}
					label={t('editor_extra_price')}
					short
					value={card.extraYuan}
					onValue={(extraYuan) => set({ extraYuan })}
				/>
				<TextField
					path={`${path}.extraStepGrams`}
					label={t('editor_step_kg')}
					short
					value={card.stepKg}
					onValue={(stepKg) => set({ stepKg })}
				/>
			</div>
			<FieldError path={path} />
		</div>
	);
}

export interface ContractEditorProps {
	initial: ContractDraft;
	/** Server-side rejection of the last save (code and field issues). */
	saveError: ReplyError | null;
	/** `overwrite`: saving again after a version conflict, replacing the newer version. */
	onSave: (contract: MerchantContract, overwrite: boolean) => void;
	onCancel: () => void;
	/** ISO timestamp for updatedAt; injectable for tests. */
	now?: () => string;
}

/** The full rate-card editor for one contract, with field-level errors from the core's validator. */
export function ContractEditor({ initial, saveError, onSave, onCancel, now }: ContractEditorProps) {
	const i18n = useI18n();
	const { t, lang } = i18n;
	const [draft, setDraft] = useState(initial);
	const [tried, setTried] = useState(false);
	const [newZone, setNewZone] = useState<Zone>('remote_2');
	const [newProvince, setNewProvince] = useState<ProvinceCode>('65');
	const set = (patch: Partial<ContractDraft>) => setDraft({ ...draft, ...patch });
	const converted = useMemo(() => contractFromDraft(draft, now ? now() : new Date().toISOString()), [draft, now]);
	// Errors show after the first save attempt, then follow every edit.
	const issues: ValidationIssue[] = [...(tried ? converted.issues : []), ...(saveError?.issues ?? [])];
	const byPath = new Map<string, ValidationIssue[]>();
	for (const issue of issues) byPath.set(issue.path, [...(byPath.get(issue.path) ?? []), issue]);
	const title = contractName(i18n, { id: draft.id, carrier: draft.carrier, name: draft.name });
	return (
		<IssuesContext.Provider value={byPath}>
			<form
				class="pg-editor"
				noValidate
				aria-labelledby="ed-title"
				onSubmit={(event) => {
					event.preventDefault();
					setTried(true);
					if (converted.issues.length === 0) onSave(converted.contract, false);
				}}
			>
				<h3 id="ed-title">{t('editor_title', [title])}</h3>
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
				{/* The field problems of a rejected save are listed above; the reply's own sentence says what happened. */}
				<ErrorMessage error={saveError ? { code: saveError.code } : null} />
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
					<TextField
						path="validFrom"
						label={t('editor_valid_from')}
						type="date"
						value={draft.validFrom}
						onValue={(validFrom) => set({ validFrom })}
					/>
					<TextField
						path="validTo"
						label={t('editor_valid_to')}
						type="date"
						value={draft.validTo}
						onValue={(validTo) => set({ validTo })}
					/>
				</div>
				<fieldset class="pg-origins">
					<legend>{t('editor_origins')}</legend>
					<p class="pg-hint">{t('editor_origins_hint')}</p>
					{PROVINCES.map((province) => (
						<label key={province.code} class="pg-check">
							<input
								type="checkbox"
								checked={draft.originProvinces.includes(province.code)}
								onChange={(event) =>
									set({
										originProvinces: event.currentTarget.checked
											? [...draft.originProvinces, province.code]
											: draft.originProvinces.filter((code) => code !== province.code),
									})
								}
							/>
							{province.name[lang]}
						</label>
					))}
					<FieldError path="originProvinces" />
				</fieldset>
				<fieldset>
					<legend>{t('editor_base_rates')}</legend>
					<RateCardEditor card={draft.rates} path="rates" onChange={(rates) => set({ rates })} />
				</fieldset>
				<fieldset>
					<legend>{t('editor_zone_rates')}</legend>
					{draft.zoneRates.map((entry) => (
						<div key={entry.key} class="pg-override">
							<h4>
								{t(`zone_${entry.zone}`)}{' '}
								<button
									type="button"
									aria-label={t('editor_remove_override', [t(`zone_${entry.zone}`)])}
									onClick={() => set({ zoneRates: draft.zoneRates.filter((z) => z.key !== entry.key) })}
								>
									{t('action_remove')}
								</button>
							</h4>
							<RateCardEditor
								card={entry.card}
								path={`zoneRates.${entry.zone}`}
								onChange={(card) =>
									set({ zoneRates: draft.zoneRates.map((z) => (z.key === entry.key ? { ...z, card } : z)) })
								}
							/>
						</div>
					))}
					<span class="pg-field">
						<label for="ed-new-zone">{t('editor_zone')}</label>
						<select
							id="ed-new-zone"
							value={newZone}
							onChange={(event) => {
								const zone = ZONES.find((z) => z === event.currentTarget.value);
								if (zone) setNewZone(zone);
							}}
						>
							{ZONES.map((zone) => (
								<option key={zone} value={zone}>
									{t(`zone_${zone}`)}
								</option>
							))}
						</select>
						<button
							type="button"
							onClick={() =>
								set({ zoneRates: [...draft.zoneRates, { key: newKey(), zone: newZone, card: emptyCardDraft() }] })
							}
						>
							{t('editor_add_override')}
						</button>
					</span>
				</fieldset>
				<fieldset>
					<legend>{t('editor_province_rates')}</legend>
					{draft.provinceRates.map((entry) => (
						<div key={entry.key} class="pg-override">
							<h4>
								{provinceName(entry.province, lang)}{' '}
								<button
									type="button"
									aria-label={t('editor_remove_override', [provinceName(entry.province, lang)])}
									onClick={() => set({ provinceRates: draft.provinceRates.filter((p) => p.key !== entry.key) })}
								>
									{t('action_remove')}
								</button>
							</h4>
							<RateCardEditor
								card={entry.card}
								path={`provinceRates.${entry.province}`}
								onChange={(card) =>
									set({
										provinceRates: draft.provinceRates.map((p) => (p.key === entry.key ? { ...p, card } : p)),
									})
								}
							/>
						</div>
					))}
					<span class="pg-field">
						<label for="ed-new-province">{t('editor_province')}</label>
						<ProvinceSelect id="ed-new-province" value={newProvince} onChange={setNewProvince} />
						<button
							type="button"
							onClick={() =>
								set({
									provinceRates: [
										...draft.provinceRates,
										{ key: newKey(), province: newProvince, card: emptyCardDraft() },
									],
								})
							}
						>
							{t('editor_add_override')}
						</button>
					</span>
				</fieldset>
				<fieldset>
					<legend>{t('editor_surcharges_fees')}</legend>
					<div class="pg-grid">
						<TextField
							path="remoteSurcharge.remote1Fen"
							label={t('editor_remote1')}
							short
							value={draft.remote1Yuan}
							onValue={(remote1Yuan) => set({ remote1Yuan })}
						/>
						<TextField
							path="remoteSurcharge.remote2Fen"
							label={t('editor_remote2')}
							short
							value={draft.remote2Yuan}
							onValue={(remote2Yuan) => set({ remote2Yuan })}
						/>
						<TextField
							path="volumetricDivisor"
							label={t('editor_divisor')}
							inputMode="numeric"
							short
							value={draft.divisor}
							onValue={(divisor) => set({ divisor })}
						/>
						<TextField
							path="pickupFeeFen"
							label={t('editor_pickup_fee')}
							short
							value={draft.pickupYuan}
							onValue={(pickupYuan) => set({ pickupYuan })}
						/>
						<TextField
							path="doorDeliveryFeeFen"
							label={t('editor_door_fee')}
							short
							value={draft.doorYuan}
							onValue={(doorYuan) => set({ doorYuan })}
						/>
						<TextField
							path="insuranceBp"
							label={t('editor_insurance')}
							short
							value={draft.insurancePercent}
							onValue={(insurancePercent) => set({ insurancePercent })}
						/>
						<TextField
							path="monthlyVolume"
							label={t('editor_monthly_volume')}
							inputMode="numeric"
							short
							value={draft.monthlyVolume}
							onValue={(monthlyVolume) => set({ monthlyVolume })}
						/>
					</div>
				</fieldset>
				<div class="pg-actions">
					<button type="submit" class="pg-primary">
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
