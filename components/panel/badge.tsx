import { createContext, Fragment } from 'preact';
import { useContext } from 'preact/hooks';
import type { QuoteSource } from '../../utils/core/estimate-model';
import type { Provenance } from '../../utils/core/provenance';
import type { SourceId } from '../../utils/core/source-ids';
import { useI18n } from '../i18n';

/**
 * Opens a source on the options page's data-sources tab (options.html#sources/S37); null: the ids are plain text.
 * Provided once by the panel, so every badge in it links its sources.
 */
export const OpenSourceContext = createContext<((id: SourceId) => void) | null>(null);

/** Source ids (each a link to its source where the panel can open one) and date, e.g. "S12 2025-03". */
function Basis({ provenance }: { provenance: Provenance }) {
	const { t } = useI18n();
	const open = useContext(OpenSourceContext);
	return (
		<span class="cl-badge-basis">
			{provenance.sourceIds.map((id, index) => (
				<Fragment key={id}>
					{index > 0 && ','}
					{open ? (
						<button
							type="button"
							class="cl-source"
							data-source-id={id}
							aria-label={t('panel_open_source', [id])}
							onClick={() => open(id)}
						>
							{id}
						</button>
					) : (
						id
					)}
				</Fragment>
			))}
			{provenance.date && `${provenance.sourceIds.length > 0 ? ' ' : ''}${provenance.date}`}
		</span>
	);
}

/**
 * Where a number comes from, in the panel's one word scheme: 合同 (the merchant's contract), 默认 (a published
 * default figure, sourced or derived from sources), 估算 (an estimate). The same words on prices, reliability
 * figures, payment fees and delivery days.
 */
export function FigureBadge({ provenance }: { provenance: Provenance }) {
	const { t } = useI18n();
	const estimated = provenance.status === 'estimate';
	return (
		<span class={`cl-badge ${estimated ? 'cl-badge-estimate' : 'cl-badge-default'}`}>
			{estimated ? t('badge_estimate') : t('badge_default')} <Basis provenance={provenance} />
		</span>
	);
}

/** Provenance of a price: 合同 with the contract's validity ("至 2026-12-31" or "长期"), or as FigureBadge. */
export function SourceBadge({ source }: { source: QuoteSource }) {
	const { t } = useI18n();
	if (source.kind === 'contract') {
		return (
			<span class="cl-badge cl-badge-contract">
				{source.validTo ? t('badge_contract_valid_to', [source.validTo]) : t('badge_contract_open_ended')}
			</span>
		);
	}
	return <FigureBadge provenance={source.provenance} />;
}
