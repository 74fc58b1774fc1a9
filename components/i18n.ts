import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * Same contract as `browser.i18n.getMessage`: positional substitutions fill `$1`…`$9` placeholders;
 * an unknown key returns ''. Containers convert numbers to strings before calling getMessage.
 */
export type Translate = (key: string, substitutions?: (string | number)[]) => string;

export type Lang = 'zh' | 'en' | 'vi';

export interface I18n {
	t: Translate;
	lang: Lang;
}

/** Falls back to the key so a missing message is visible in development instead of blank. */
export const I18nContext = createContext<I18n>({ t: (key) => key, lang: 'zh' });

export function useI18n(): I18n {
	return useContext(I18nContext);
}

/** Maps `browser.i18n.getUILanguage()` ("zh-CN", "en-US", "vi") to a UI language; Chinese is the default. */
export function langFromUiLanguage(uiLanguage: string): Lang {
	const lower = uiLanguage.toLowerCase();
	if (lower.startsWith('en')) return 'en';
	if (lower.startsWith('vi')) return 'vi';
	return 'zh';
}
