import type { Provenance } from '../../utils/core/provenance';
import { statusKey } from '../format';
import { useI18n } from '../i18n';

export interface DefaultFigureRow {
	group: string;
	label: string;
	/** Already formatted by the container (¥3.50, 0.6%, 72 …). */
	value: string;
	provenance: Provenance;
}

export interface SourceRow {
	id: string;
	title: string;
	date: string;
	url?: string;
}

/** Every default figure with its status, sources and date, and the list of sources. */
export function DataSources({ figures, sources }: { figures: DefaultFigureRow[]; sources: SourceRow[] }) {
	const { t } = useI18n();
	return (
		<div class="pg-stack">
			<p class="pg-hint">{t('sources_intro')}</p>
			<table class="pg-table">
				<caption>{t('sources_figures')}</caption>
				<thead>
					<tr>
						<th scope="col">{t('sources_group')}</th>
						<th scope="col">{t('sources_figure')}</th>
						<th scope="col">{t('sources_value')}</th>
						<th scope="col">{t('sources_status')}</th>
						<th scope="col">{t('sources_ids')}</th>
						<th scope="col">{t('sources_date')}</th>
						<th scope="col">{t('sources_note')}</th>
					</tr>
				</thead>
				<tbody>
					{figures.map((figure, index) => (
						<tr key={index}>
							<td>{figure.group}</td>
							<td>{figure.label}</td>
							<td>{figure.value}</td>
							<td>
								<span class={`pg-status pg-status-${figure.provenance.status}`}>
									{t(statusKey(figure.provenance.status))}
								</span>
							</td>
							<td>{figure.provenance.sourceIds.join(', ')}</td>
							<td>{figure.provenance.date}</td>
							<td>{figure.provenance.note}</td>
						</tr>
					))}
				</tbody>
			</table>
			<section aria-labelledby="ds-sources-title">
				<h2 id="ds-sources-title">{t('sources_list')}</h2>
				<ul class="pg-sources">
					{sources.map((source) => (
						<li key={source.id}>
							<strong>{source.id}</strong> {source.title} ({source.date})
							{source.url && (
								<>
									{' '}
									<a href={source.url} target="_blank" rel="noopener noreferrer">
										{source.url}
									</a>
								</>
							)}
						</li>
					))}
				</ul>
			</section>
		</div>
	);
}
