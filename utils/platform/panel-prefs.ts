import { browser } from 'wxt/browser';
import type { Platform } from '../core/ids';

/**
 * Whether the panel is collapsed, remembered per marketplace in extension storage (not the page's
 * storage, which the site could read). A view preference, not merchant data: no database round trip.
 * Read and written by the panel frame.
 */
const KEY = 'panelCollapsed';

type Collapsed = Partial<Record<Platform, boolean>>;

export async function collapsedPanels(): Promise<Collapsed> {
	try {
		return ((await browser.storage.local.get(KEY))[KEY] as Collapsed | undefined) ?? {};
	} catch {
		return {};
	}
}

export async function rememberPanelCollapsed(platform: Platform, collapsed: boolean): Promise<void> {
	await browser.storage.local.set({ [KEY]: { ...(await collapsedPanels()), [platform]: collapsed } });
}
