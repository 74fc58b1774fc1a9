import { type AdapterHealth, READINGS_KEPT_PER_ADAPTER } from '../../utils/core/adapter-health';
import { formatDate } from '../format';
import { useI18n } from '../i18n';

/** Per adapter, how many of its last readings were complete, partial or failed, and what the latest one missed. */
export function AdapterHealthView({ health }: { health: AdapterHealth[] | null }) {
	const { t } = useI18n();
	if (health === null) return <p>{t('health_loading')}</p>;
	return (
		<section class="pg-stack" aria-labelledby="health-title">
			<h2 id="health-title">{t('health_title')}</h2>
			<p class="pg-hint">{t('health_intro', [READINGS_KEPT_PER_ADAPTER])}</p>
			{health.length === 0 ? (
				<p>{t('health_empty')}</p>
			) : (
				<table class="pg-table">
					<caption class="pg-sr">{t('health_title')}</caption>
					<thead>
						<tr>
							<th scope="col">{t('adapter_health_page_kind')}</th>
							<th scope="col">{t('health_complete')}</th>
							<th scope="col">{t('health_partial')}</th>
							<th scope="col">{t('health_failed')}</th>
							<th scope="col">{t('health_last')}</th>
							<th scope="col">{t('health_last_missing')}</th>
						</tr>
					</thead>
					<tbody>
						{health.map((row) => (
							<tr
								key={row.adapterId}
								data-cl="adapter-health"
								data-adapter={row.adapterId}
								data-complete={row.complete}
								data-partial={row.partial}
								data-failed={row.failed}
							>
								<th scope="row">{row.adapterId}</th>
								<td>{row.complete}</td>
								<td>{row.partial}</td>
								<td>{row.failed}</td>
								<td>{formatDate(row.lastAt)}</td>
								<td>
									{row.lastMissing.length === 0
										? t('health_nothing_missing')
										: row.lastMissing.map((name) => t(`fact_${name}`) || name).join(t('list_separator'))}
								</td>
							</tr>
						))}
					</tbody>
				</table>
			)}
		</section>
	);
}
