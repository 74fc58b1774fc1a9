import type { PaymentOption, PlatformFee } from '../../utils/core/estimate-model';
import { type CurrencyDisplay, formatBp, formatMoney, reasonText } from '../format';
import { useI18n } from '../i18n';
import { FigureBadge } from './badge';

interface PaymentsProps {
	payments: PaymentOption[];
	/** The platform's own fee, charged whatever the buyer pays with: shown once, above the methods. */
	platformFee: PlatformFee | null;
	currency: CurrencyDisplay;
}

/** Payment methods of this platform/shop with the merchant's fee rate and the fee on this price. */
export function Payments({ payments, platformFee, currency }: PaymentsProps) {
	const i18n = useI18n();
	const { t } = i18n;
	if (payments.length === 0) return null;
	return (
		<section class="cl-payments" aria-labelledby="cl-pay-title">
			<h3 id="cl-pay-title">{t('payments_title')}</h3>
			{platformFee && (
				<p class="cl-pay-platform">
					{t(`platform_fee_${platformFee.kind}`)} <span>{formatBp(platformFee.feeBp.value)}</span>
					{platformFee.feeFen !== null && <span> {formatMoney(platformFee.feeFen, currency)}</span>}{' '}
					<FigureBadge provenance={platformFee.feeBp.provenance} />
					{platformFee.categoryCommissionNotIncluded && <span> {t('platform_fee_commission_extra')}</span>}
				</p>
			)}
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
						{/* Seen on this page answers whether it is available: never both. */}
						{payment.availability === 'unknown' && !payment.seenOnPage && (
							<span class="cl-chip">{t('payment_availability_unknown')}</span>
						)}
						{payment.seenOnPage && <span class="cl-chip cl-chip-seen">{t('payment_seen')}</span>}
						{payment.notes.map((note, index) => (
							<span key={`${note.code}-${index}`} class="cl-pay-note">
								{' '}
								{reasonText(i18n, note, currency)}
							</span>
						))}
						{payment.installments.length > 0 && (
							<table class="cl-installments">
								<caption>{t('installments_title')}</caption>
								<tbody>
									{payment.installments.map((installment) => (
										<tr key={installment.periods}>
											<th scope="row">{t('installments_periods', [installment.periods])}</th>
											<td>{formatBp(installment.feeBp.value)}</td>
											{installment.feeFen !== null && <td>{formatMoney(installment.feeFen, currency)}</td>}
										</tr>
									))}
								</tbody>
							</table>
						)}
					</li>
				))}
			</ul>
		</section>
	);
}
