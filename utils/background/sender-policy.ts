import { MatchPattern } from 'wxt/utils/match-patterns';
import { CONTENT_SCRIPT_MATCHES } from '../adapters/host-patterns';
import type { MessageName } from '../messaging/protocol';

/** The part of `runtime.MessageSender` the policy reads. */
export interface Sender {
	id?: string;
	url?: string;
	tab?: { id?: number };
}

export interface ExtensionIdentity {
	id: string;
	/** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
	origin: string;
}

const supportedPages = CONTENT_SCRIPT_MATCHES.map((pattern) => new MatchPattern(pattern));

function isSupportedPage(url: string): boolean {
	try {
		return supportedPages.some((pattern) => pattern.includes(url));
	} catch {
		return false;
	}
}

/**
 * The one place that reads `sender`. `cs.` messages only from our content scripts (in a tab, on a
 * supported marketplace page); `ui.` messages only from our extension pages (popup, options — which
 * may be open in a tab). Other extensions and web pages are refused.
 */
export function isSenderAllowed(name: MessageName, sender: Sender, self: ExtensionIdentity): boolean {
	if (sender.id !== self.id || !sender.url) return false;
	if (name.startsWith('cs.')) return sender.tab !== undefined && isSupportedPage(sender.url);
	if (name.startsWith('ui.')) return sender.url.startsWith(self.origin);
	return false;
}
