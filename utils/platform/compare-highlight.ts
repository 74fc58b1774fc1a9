import { browser } from 'wxt/browser';
import { COMPARE_HIGHLIGHT_KEY } from './storage-keys';

/** The row the panel asked compare.html to highlight, taken once (null when none, or session storage fails). */
export async function takeCompareHighlight(): Promise<string | null> {
	try {
		const stored = (await browser.storage.session.get(COMPARE_HIGHLIGHT_KEY))[COMPARE_HIGHLIGHT_KEY];
		if (typeof stored !== 'string') return null;
		await browser.storage.session.remove(COMPARE_HIGHLIGHT_KEY);
		return stored;
	} catch {
		return null;
	}
}
