import { factExpectation } from '../../utils/core/fact-expectations';
import type { PageFacts } from '../../utils/core/page-facts';
import { type CurrencyDisplay, formatKg, formatMoney } from '../format';
import { useI18n } from '../i18n';

/** The five facts the panel reports, in display order. */
const SHOWN = ['shopName', 'price', 'shipFrom', 'shippingFee', 'weight'] as const;
type ShownFact = (typeof SHOWN)[number];

/** The value as shown, or null when the page did not give it. Page text stays text: never parsed as HTML. */
function factValue(facts: PageFacts, name: ShownFact, currency: CurrencyDisplay): string | null {
	switch (name) {
		case 'shopName':
			return facts.shopName;
		case 'price':
			return facts.price ? formatMoney(facts.price.fen, currency) : null;
		case 'shipFrom':
			return facts.shipFrom?.raw ?? null;
		case 'shippingFee':
			return facts.shippingFee?.raw ?? null;
		case 'weight':
			return facts.weight ? formatKg(facts.weight.grams) : null;
	}
}

interface FactsProps {
	facts: PageFacts;
	currency: CurrencyDisplay;
	/** Weight the estimate used when the page shows none. */
	assumedGrams: number | null;
}

/** What was read (label outside the hook element, value inside) and, plainly, what was not. */
export function Facts({ facts, currency, assumedGrams }: FactsProps) {
	const { t } = useI18n();
	const known: [ShownFact, string][] = [];
	const unknown: ShownFact[] = [];
	// Only what this kind of page can show is "not read": a shop page never has a price, ship-from, fee or weight,
	// and a Taobao item never states a parcel weight (utils/core/fact-expectations.ts).
	for (const name of SHOWN) {
		const value = factValue(facts, name, currency);
		if (value !== null && value !== '') known.push([name, value]);
		else if (factExpectation(facts.platform, facts.pageType, name) !== 'never') unknown.push(name);
	}
	const weightAssumed = !facts.weight && assumedGrams !== null;
	return (
		<div class="cl-facts">
			{known.length > 0 && (
				<dl class="cl-fact-list">
					{known.map(([name, value]) => (
						<div key={name} class={`cl-fact cl-fact-${name}`}>
							<dt>{t(`fact_${name}`)}</dt>
							<dd>
								<span data-cl="fact" data-name={name}>
									{value}
								</span>
								{name === 'shippingFee' && facts.carrier && (
									<span class="cl-fact-extra">{` \u00b7 ${facts.carrier.raw}`}</span>
								)}
							</dd>
						</div>
					))}
				</dl>
			)}
			{unknown.length > 0 && (
				<p class="cl-unknown">
					{t('facts_not_read', [unknown.map((name) => t(`fact_${name}`)).join(t('list_separator'))])}
					{weightAssumed && unknown.includes('weight') && t('facts_weight_assumed', [formatKg(assumedGrams)])}
				</p>
			)}
			{/* This kind of page never states a weight: not a reading failure, but the estimate still assumed one. */}
			{weightAssumed && !unknown.includes('weight') && (
				<p class="cl-unknown">{t('facts_weight_default', [formatKg(assumedGrams)])}</p>
			)}
		</div>
	);
}
