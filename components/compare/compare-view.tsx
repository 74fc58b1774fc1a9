import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n';
import { Tabs } from '../tabs';

export const COMPARE_TABS = ['shops', 'carriers'] as const;
export type CompareTab = (typeof COMPARE_TABS)[number];

interface CompareViewProps {
	tab: CompareTab;
	onTabChange: (tab: CompareTab) => void;
	/** The Shops tab: every seller page visited, compared (issue 8). */
	shops: ComponentChildren;
	/** The Carriers tab: the switch calculator (issue 9). */
	carriers: ComponentChildren;
}

/** compare.html: the merchant comparison and the switch calculator, as two tabs. */
export function CompareView(props: CompareViewProps) {
	const { t } = useI18n();
	return (
		<main class="pg-compare">
			<h1 class="pg-title">
				{t('extName')} · {t('compare_title')}
			</h1>
			<Tabs
				label={t('compare_title')}
				selected={props.tab}
				onSelect={props.onTabChange}
				tabs={[
					{ id: 'shops', label: t('compare_tab_shops'), content: props.shops },
					{ id: 'carriers', label: t('compare_tab_carriers'), content: props.carriers },
				]}
			/>
		</main>
	);
}
