import { useI18n } from '../i18n';

/** Privacy facts: no network, no telemetry, where data lives. */
export function About() {
	const { t } = useI18n();
	return (
		<div class="pg-stack">
			<p>{t('about_what')}</p>
			<h2>{t('about_privacy')}</h2>
			<ul class="pg-bullets">
				<li>{t('about_no_network')}</li>
				<li>{t('about_no_telemetry')}</li>
				<li>{t('about_storage')}</li>
				<li>{t('about_page')}</li>
				<li>{t('about_estimates')}</li>
			</ul>
			<p>
				{t('about_comparison')}{' '}
				<a href="compare.html#shops" target="_blank" rel="noopener">
					{t('about_open_compare')}
				</a>
			</p>
		</div>
	);
}
