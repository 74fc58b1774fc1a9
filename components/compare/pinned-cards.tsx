import type { ComparedRow } from '../../utils/core/comparison';
import { changeReason } from '../../utils/core/comparison-records';
import { type CurrencyDisplay, reasonText } from '../format';
import { useI18n } from '../i18n';
import { rowFacts, rowName } from './compare-format';

/** At most this many rows side by side. */
export const MAX_PINNED = 4;

interface PinnedCardsProps {
	rows: ComparedRow[];
	currency: CurrencyDisplay;
	onUnpin: (key: string) => void;
}

/**
 * Pinned rows side by side with every fact; a fact whose value differs between the cards is marked (a sign
 * and words, not colour alone). Each card also lists the row's changes with their dates.
 */
export function PinnedCards({ rows, currency, onUnpin }: PinnedCardsProps) {
	const i18n = useI18n();
	const { t } = i18n;
	const facts = rows.map((row) => rowFacts(row, i18n, currency));
	const differs = new Set(
		(facts[0] ?? [])
			.map((fact) => fact.id)
			.filter((id) => new Set(facts.map((list) => list.find((fact) => fact.id === id)?.value)).size > 1),
	);
	return (
		<section class="cmp-pinned" data-cl="compare-pinned" aria-labelledby="cmp-pinned-title">
			<h2 id="cmp-pinned-title">{t('compare_pinned_title', [rows.length, MAX_PINNED])}</h2>
			{rows.length < 2 && <p class="pg-hint">{t('compare_pinned_hint')}</p>}
			<div class="cmp-cards">
				{rows.map((row, index) => (
					<article
						key={row.record.key}
						class="cmp-card"
						data-cl="compare-card"
						data-key={row.record.key}
						aria-labelledby={`cmp-card-${index}`}
					>
						<h3 id={`cmp-card-${index}`}>{rowName(row.record)}</h3>
						<dl>
							{(facts[index] ?? []).map((fact) => (
								<div key={fact.id} class={differs.has(fact.id) ? 'cmp-fact cmp-differs' : 'cmp-fact'}>
									<dt>
										{fact.label}
										{differs.has(fact.id) && (
											<>
												<span aria-hidden="true" class="cmp-differs-mark">
													{' ≠'}
												</span>
												<span class="pg-sr">{t('compare_differs')}</span>
											</>
										)}
									</dt>
									<dd data-differs={differs.has(fact.id) ? 'true' : undefined}>{fact.value}</dd>
								</div>
							))}
						</dl>
						{row.record.changes.length > 0 && (
							<>
								<h4>{t('compare_changes_title', [row.record.changes.length])}</h4>
								<ul class="cmp-changes">
									{[...row.record.changes].reverse().map((change) => (
										<li key={`${change.at}-${change.field}`}>{reasonText(i18n, changeReason(change), currency)}</li>
									))}
								</ul>
							</>
						)}
						<button type="button" onClick={() => onUnpin(row.record.key)}>
							{t('compare_unpin', [rowName(row.record)])}
						</button>
					</article>
				))}
			</div>
		</section>
	);
}
