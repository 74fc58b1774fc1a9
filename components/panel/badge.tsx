import type { QuoteSource } from '../../utils/core/estimate-model';
import type { Provenance } from '../../utils/core/provenance';
import { formatDate, statusKey } from '../format';
import { useI18n } from '../i18n';

/** Source ids and date, e.g. "S12 2025-03"; estimates may have no source ids. */
function basis(provenance: Provenance): string {
	return [provenance.sourceIds.join(','), provenance.date].filter(Boolean).join(' ');
}

/** Provenance of a default figure: 来源 / 推算 / 估算 with its sources and date. */
export function FigureBadge({ provenance }: { provenance: Provenance }) {
	const { t } = useI18n();
	return (
		<span class={`cl-badge cl-badge-${provenance.status}`}>
			{t(statusKey(provenance.status))} <span class="cl-badge-basis">{basis(provenance)}</span>
		</span>
	);
}

/** Provenance of a price: 合同 + date of the contract, 默认 + sources and date, or 估算 for estimated defaults. */
export function SourceBadge({ source }: { source: QuoteSource }) {
	const { t } = useI18n();
	if (source.kind === 'contract') {
		return (
			<span class="cl-badge cl-badge-contract">
				{t('badge_contract')} <span class="cl-badge-basis">{formatDate(source.updatedAt)}</span>
			</span>
		);
	}
	const estimated = source.provenance.status === 'estimate';
	return (
		<span class={`cl-badge ${estimated ? 'cl-badge-estimate' : 'cl-badge-default'}`}>
			{estimated ? t('badge_estimate') : t('badge_default')}{' '}
			<span class="cl-badge-basis">{basis(source.provenance)}</span>
		</span>
	);
}
