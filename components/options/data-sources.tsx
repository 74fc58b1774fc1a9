import { useEffect, useRef } from 'preact/hooks';
import type { Provenance } from '../../utils/core/provenance';
import type { SourceId } from '../../utils/core/source-ids';
import type { SOURCE_KINDS, WEAKNESSES } from '../../utils/core/sources';
import { statusKey } from '../format';
import { useI18n } from '../i18n';

export interface DefaultFigureRow {
	group: string;
	label: string;
	/** Already formatted by the container (¥3.50, 0.6%, 72 …). */
	value: string;
	/** The provenance note in the merchant's language (or the model step a row explains). */
	note: string;
	provenance: Provenance;
	/** Every source it cites is weak (anonymous code, AI-written …): said beside the status. */
	weakSourcesOnly: boolean;
}

export interface SourceRow {
	id: SourceId;
	/** Title and publisher in the merchant's language. */
	title: string;
	publisher: string;
	date: string | null;
	/** null: no link was recorded; the row then says so in words instead of a link. */
	url: string | null;
	kind: (typeof SOURCE_KINDS)[number];
	weak: (typeof WEAKNESSES)[number] | null;
}

/**
 * The in-page address of a source on the options page: `options.html#sources/S37` opens the data-sources tab at
 * that source (the panel links its source codes here).
 */
export function sourceAnchor(id: SourceId): string {
	return `sources/${id}`;
}

/** A URL shown as its host and path, wrapping anywhere so a long link never widens the page. */
function SourceLink({ url }: { url: string }) {
	return (
		<a class="pg-url" href={url} target="_blank" rel="noopener noreferrer">
			{url.replace(/^https?:\/\//, '')}
		</a>
	);
}

interface DataSourcesProps {
	figures: DefaultFigureRow[];
	sources: SourceRow[];
	/** Scrolls to this source and focuses it (from `#sources/S37`) once the tab is shown. */
	focusSource?: SourceId | null;
	/** The tab is shown: a hidden element cannot take focus. */
	active: boolean;
}

/** Every default figure with its status, sources and date, and the list of sources with links. */
export function DataSources({ figures, sources, focusSource, active }: DataSourcesProps) {
	const { t } = useI18n();
	const focused = useRef<HTMLLIElement>(null);
	useEffect(() => {
		if (!active) return;
		focused.current?.scrollIntoView?.({ block: 'center' });
		focused.current?.focus();
	}, [focusSource, active]);
	return (
		<div class="pg-stack pg-sources-tab">
			<p class="pg-hint">{t('sources_intro')}</p>
			<table class="pg-table pg-figures">
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
							<td class="pg-status-cell">
								<span class={`pg-status pg-status-${figure.provenance.status}`}>
									{t(statusKey(figure.provenance.status))}
								</span>
								{figure.provenance.optimistic && <span class="pg-tag">{t('sources_optimistic')}</span>}
								{figure.weakSourcesOnly && <span class="pg-tag">{t('sources_weak_only')}</span>}
							</td>
							<td>
								{figure.provenance.sourceIds.map((id, at) => (
									<span key={id}>
										{at > 0 && t('list_separator')}
										<a href={`#${sourceAnchor(id)}`}>{id}</a>
									</span>
								))}
							</td>
							<td class="pg-nowrap">{figure.provenance.date}</td>
							<td>{figure.note}</td>
						</tr>
					))}
				</tbody>
			</table>
			<section aria-labelledby="ds-sources-title">
				<h2 id="ds-sources-title">{t('sources_list')}</h2>
				<ul class="pg-sources">
					{sources.map((source) => (
						<li
							key={source.id}
							id={sourceAnchor(source.id)}
							tabIndex={-1}
							ref={source.id === focusSource ? focused : undefined}
							class={source.id === focusSource ? 'pg-source-focused' : undefined}
						>
							<strong>{source.id}</strong> {source.title}
							<span class="pg-source-meta">
								{[source.publisher, source.date ?? t('sources_no_date'), t(`source_kind_${source.kind}`)].join(
									t('list_separator'),
								)}
							</span>
							{source.weak && <span class="pg-tag">{t(`source_weak_${source.weak}`)}</span>}{' '}
							{source.url ? <SourceLink url={source.url} /> : <span>{t('sources_no_link')}</span>}
						</li>
					))}
				</ul>
			</section>
		</div>
	);
}
