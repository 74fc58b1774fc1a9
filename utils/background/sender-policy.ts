import { MatchPattern } from 'wxt/utils/match-patterns';
import { CONTENT_SCRIPT_MATCHES } from '../adapters/host-patterns';
import type { MessageName } from '../messaging/protocol';

/** The part of `runtime.MessageSender` the policy and the tab handlers read. */
export interface Sender {
	id?: string;
	url?: string;
	tab?: { id?: number };
	/** 0 = the tab's top frame; the panel frame has its own id. */
	frameId?: number;
}

export interface ExtensionIdentity {
	id: string;
	/** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
	origin: string;
}

/** The panel page, framed by the content script inside the marketplace tab (entrypoints/panel). */
export const PANEL_PAGE = 'panel.html';

const supportedPages = CONTENT_SCRIPT_MATCHES.map((pattern) => new MatchPattern(pattern));

function isSupportedPage(url: string): boolean {
	try {
		return supportedPages.some((pattern) => pattern.includes(url));
	} catch {
		return false;
	}
}

/** Our panel page, whatever its query or fragment. */
const isPanelPage = (url: string, self: ExtensionIdentity) => url.split(/[?#]/)[0] === `${self.origin}${PANEL_PAGE}`;

/**
 * The one place that reads `sender`. `cs.` messages only from our content script in the top frame of a tab on
 * a supported marketplace page; `panel.` only from our panel page in a tab; `ui.` only from our other extension
 * pages (popup, options — which may be open in a tab). The panel page is web-accessible (a page could frame it
 * if it knew the address), so it gets no `ui.` message: it cannot write settings or contracts. Other
 * extensions and web pages are refused.
 */
export function isSenderAllowed(name: MessageName, sender: Sender, self: ExtensionIdentity): boolean {
	if (sender.id !== self.id || !sender.url) return false;
	const inTab = sender.tab?.id !== undefined;
	if (name.startsWith('cs.')) return inTab && (sender.frameId ?? 0) === 0 && isSupportedPage(sender.url);
	if (name.startsWith('panel.')) return inTab && isPanelPage(sender.url, self);
	if (name.startsWith('ui.')) return sender.url.startsWith(self.origin) && !isPanelPage(sender.url, self);
	return false;
}
