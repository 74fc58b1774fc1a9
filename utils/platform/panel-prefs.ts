import { browser } from 'wxt/browser';
import type { Platform } from '../core/ids';

/**
 * Whether the panel is collapsed, remembered per marketplace in extension storage (not the page's
 * storage, which the site could read). A view preference, not merchant data: no database round trip.
 */
const KEY = 'panelCollapsed';

export async function isPanelCollapsed(platform: Platform): Promise<boolean> {
	try {
		const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<Record<Platform, boolean>> | undefined;
		return stored?.[platform] ?? false;
	} catch {
		return false;
	}
}

export async function rememberPanelCollapsed(platform: Platform, collapsed: boolean): Promise<void> {
	const stored = ((await browser.storage.local.get(KEY))[KEY] as Partial<Record<Platform, boolean>> | undefined) ?? {};
	await browser.storage.local.set({ [KEY]: { ...stored, [platform]: collapsed } });
}
