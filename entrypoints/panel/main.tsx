import { render } from 'preact';
import { I18nContext, langFromUiLanguage } from '../../components/i18n';
import { translate, uiLanguage } from '../../utils/platform/browser-i18n';
import { PanelApp } from './panel-app';
import '../../components/panel/panel.css';

/**
 * The panel page, framed by the content script inside the marketplace tab. An extension page: the marketplace
 * page cannot read, search, select or script anything it shows, and keys typed here never reach the page.
 */
const root = document.getElementById('app');
if (root) {
	const lang = langFromUiLanguage(uiLanguage());
	document.documentElement.lang = { zh: 'zh-CN', en: 'en', vi: 'vi' }[lang];
	render(
		<I18nContext.Provider value={{ t: translate, lang }}>
			<PanelApp />
		</I18nContext.Provider>,
		root,
	);
}
