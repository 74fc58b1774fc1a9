import type { Platform } from '../../utils/core/ids';
import type { PageFacts, PageType } from '../../utils/core/page-facts';
import type { ReadingDiagnosticsView } from '../../utils/core/page-health';
import { useI18n } from '../i18n';
import { HealthBlock, type HealthBlockProps } from './health-block';

/** The active tab when it is a supported marketplace page: what its panel read, and how. */
export interface PopupTab {
	platform: Platform;
	pageType: PageType;
	/** What the panel read; null when the page has not been read (yet) or could not be. */
	facts: PageFacts | null;
	diagnostics: ReadingDiagnosticsView | null;
}

export interface ThisTabProps extends Omit<HealthBlockProps, 'tab'> {
	/** null: the active tab is not a supported seller page. */
	tab: PopupTab | null;
}

/** "This page": the platform and page type in the heading, then how the page was read. */
export function ThisTab({ tab, ...health }: ThisTabProps) {
	const { t } = useI18n();
	return (
		<section class="pp-block pp-tab" aria-labelledby="pp-tab-title">
			<h2 id="pp-tab-title">
				{tab
					? t('popup_this_tab_is', [t(`platform_${tab.platform}`), t(`pagetype_${tab.pageType}`)])
					: t('popup_this_tab')}
			</h2>
			{tab === null ? (
				<p class="pp-hint">{t('popup_tab_unsupported')}</p>
			) : tab.pageType === 'blocked' ? (
				<p class="pp-hint">{t('panel_blocked')}</p>
			) : (
				<HealthBlock tab={tab} {...health} />
			)}
		</section>
	);
}
