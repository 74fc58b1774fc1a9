import type { PaymentOption } from '../../utils/core/estimate-model';
import { type CurrencyDisplay, formatBp, formatMoney, reasonText } from '../format';
import { useI18n } from '../i18n';
import { FigureBadge } from './badge';

/** Payment methods of this platform/shop with the merchant's fee rate and the fee on this price. */
export function Payments({ payments, currency }: { payments: PaymentOption[]; currency: CurrencyDisplay }) {
	const i18n = useI18n();
	const { t } = i18n;
	if (payments.length === 0) return null;
	return (
		<section class="cl-payments" aria-labelledby="cl-pay-title">
			<h3 id="cl-pay-title">{t('payments_title')}</h3>
			<ul>
				{payments.map((payment) => (
					<li
						key={payment.method}
						class="cl-payment"
						data-cl="payment"
						data-method={payment.method}
						data-fee-bp={String(Math.round(payment.feeBp.value))}
					>
						<span class="cl-pay-name">{t(`payment_${payment.method}`)}</span>{' '}
						<span>{formatBp(payment.feeBp.value)}</span>
						{payment.feeFen !== null && <span> {formatMoney(payment.feeFen, currency)}</span>}{' '}
						<FigureBadge provenance={payment.feeBp.provenance} />
						{payment.availability === 'shop' && <span class="cl-chip">{t('payment_per_shop')}</span>}
						{payment.availability === 'unknown' && <span class="cl-chip">{t('payment_availability_unknown')}</span>}
						{payment.seenOnPage && <span class="cl-chip cl-chip-seen">{t('payment_seen')}</span>}
						{payment.notes.map((note) => (
							<span key={note.code} class="cl-pay-note">
								{' '}
								{reasonText(i18n, note, currency)}
							</span>
						))}
					</li>
				))}
			</ul>
		</section>
	);
}
