import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { COMPARE_TABS, type CompareTab, CompareView } from '../../components/compare/compare-view';
import { I18nContext, langFromUiLanguage } from '../../components/i18n';
import { translate, uiLanguage } from '../../utils/platform/browser-i18n';
import { CarriersTab } from './carriers-tab';
import '../../components/pages/pages.css';
import '../../components/compare/compare.css';
import { ShopsContainer } from './shops-container';

/** `compare.html#shops` or `#carriers` opens that tab (the panel, popup and options link here). */
function tabFromHash(): CompareTab {
	const id = location.hash.replace(/^#/, '').split(/[/?&]/)[0];
	return COMPARE_TABS.find((tab) => tab === id) ?? 'shops';
}

function CompareApp() {
	const [tab, setTab] = useState<CompareTab>(tabFromHash);
	useEffect(() => {
		const follow = () => setTab(tabFromHash());
		addEventListener('hashchange', follow);
		return () => removeEventListener('hashchange', follow);
	}, []);
	const select = (next: CompareTab) => {
		setTab(next);
		history.replaceState(null, '', `#${next}`);
	};
	return <CompareView tab={tab} onTabChange={select} shops={<ShopsContainer />} carriers={<CarriersTab />} />;
}

const root = document.getElementById('app');
if (root) {
	render(
		<I18nContext.Provider value={{ t: translate, lang: langFromUiLanguage(uiLanguage()) }}>
			<CompareApp />
		</I18nContext.Provider>,
		root,
	);
}
