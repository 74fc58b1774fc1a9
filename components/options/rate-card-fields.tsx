import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { type CardDraft, newKey } from './contract-draft';
import { FieldError, fieldId, TextField, useIssuesUnder } from './field';

interface RateCardFieldsProps {
	card: CardDraft;
	/** Model path of the card (`rates`, `zoneRates.near`, `provinceRates.31`), for field errors. */
	path: string;
	/** Whose card this is ("全国", "江浙沪", "新疆"): every field's accessible name starts with it, so each is unique. */
	scope: string;
	onChange: (card: CardDraft) => void;
	/** For an override: the base card whose values its blank fields take (shown as placeholders). */
	inherits?: CardDraft;
	/** The first-price input, for the editor to move focus to. */
	firstPriceRef?: Ref<HTMLInputElement>;
}

/**
 * One rate card: the two prices first (what most contracts state), then the first weight, the step and the weight
 * bands behind a disclosure. The bands table appears only once a band exists: no empty headers.
 */
export function RateCardFields({ card, path, scope, onChange, inherits, firstPriceRef }: RateCardFieldsProps) {
	const { t } = useI18n();
	const set = (patch: Partial<CardDraft>) => onChange({ ...card, ...patch });
	// A problem in the hidden fields opens them (the first price and extra price are always shown).
	const problemInside = useIssuesUnder(path);
	const [more, setMore] = useState(false);
	const moreShown = more || card.bands.length > 0 || problemInside;
	const moreId = `${fieldId(path)}-more`;
	const inherited = (value: string | undefined) => (inherits && value ? t('editor_inherited', [value]) : undefined);
	return (
		<div class="pg-card">
			<div class="pg-grid">
				<TextField
					path={`${path}.firstFen`}
					label={t('editor_first_price_for', [scope])}
					short
					value={card.firstYuan}
					placeholder={inherited(inherits?.firstYuan)}
					inputRef={firstPriceRef}
					onValue={(firstYuan) => set({ firstYuan })}
				/>
				<TextField
					path={`${path}.extraFen`}
					label={t('editor_extra_price_for', [scope])}
					short
					value={card.extraYuan}
					placeholder={inherited(inherits?.extraYuan)}
					onValue={(extraYuan) => set({ extraYuan })}
				/>
			</div>
			<button
				type="button"
				class="pg-disclosure"
				aria-expanded={moreShown}
				aria-controls={moreId}
				onClick={() => setMore(!moreShown)}
			>
				{t('editor_more_for', [scope])}
			</button>
			{moreShown && (
				<div id={moreId} class="pg-more">
					<div class="pg-grid">
						<TextField
							path={`${path}.firstGrams`}
							label={t('editor_first_kg_for', [scope])}
							short
							value={card.firstKg}
							placeholder={inherited(inherits?.firstKg)}
							onValue={(firstKg) => set({ firstKg })}
						/>
						<TextField
							path={`${path}.extraStepGrams`}
							label={t('editor_step_kg_for', [scope])}
							short
							value={card.stepKg}
							placeholder={inherited(inherits?.stepKg)}
							onValue={(stepKg) => set({ stepKg })}
						/>
					</div>
					{card.bands.length > 0 && (
						<table class="pg-bands">
							<caption>{t('editor_bands')}</caption>
							<thead>
								<tr>
									<th scope="col">{t('editor_band_max_kg')}</th>
									<th scope="col">{t('editor_band_price')}</th>
									<th scope="col">{t('editor_actions')}</th>
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
													label={t('editor_band_max_kg_for', [scope, index + 1])}
													hiddenLabel
													short
													value={band.maxKg}
													onValue={(maxKg) => setBand({ maxKg })}
												/>
											</td>
											<td>
												<TextField
													path={`${path}.bands[${index}].priceFen`}
													label={t('editor_band_price_for', [scope, index + 1])}
													hiddenLabel
													short
													value={band.priceYuan}
													onValue={(priceYuan) => setBand({ priceYuan })}
												/>
											</td>
											<td>
												<button
													type="button"
													aria-label={t('editor_band_remove_for', [scope, index + 1])}
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
					)}
					<FieldError path={`${path}.bands`} />
					<button
						type="button"
						aria-label={t('editor_band_add_for', [scope])}
						onClick={() => set({ bands: [...card.bands, { key: newKey(), maxKg: '', priceYuan: '' }] })}
					>
						{t('editor_band_add')}
					</button>
				</div>
			)}
			<FieldError path={path} />
		</div>
	);
}
