import { browser } from 'wxt/browser';

/**
 * `browser.i18n.getMessage` with numbers accepted as substitutions; the views' `Translate`. Keys are
 * built at run time (`reason_<code>`, `error_<code>`), so WXT's literal key types cannot apply here;
 * tests/components check that every key the views use exists in all three locales.
 */
type RuntimeKeyedI18n = { getMessage(key: string, substitutions?: string[]): string };

export function translate(key: string, substitutions?: (string | number)[]): string {
	return (browser.i18n as unknown as RuntimeKeyedI18n).getMessage(key, substitutions?.map(String));
}

/**
 * The language the messages are actually shown in (zh, en or vi). Read from the locale file itself
 * rather than `getUILanguage()`, which can differ from the locale Chrome picked for the messages:
 * province and carrier names must follow the rest of the text.
 */
export function uiLanguage(): string {
	return translate('uiLang') || browser.i18n.getUILanguage();
}
