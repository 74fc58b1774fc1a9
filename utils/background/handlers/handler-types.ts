import type { MessageName, ReplyOf, RequestOf } from '../../messaging/protocol';

/** Who sent a message, as far as handlers need to know (the sender policy has already let it through). */
export interface MessageSource {
	/** The tab of a content script or a framed panel; null for extension pages in their own window. */
	tabId: number | null;
	/** 0 = the tab's top frame (the content script); the panel frame has its own id; null outside a tab. */
	frameId: number | null;
	/** The sender's address as the browser gives it (the page of a content script); null when it gave none. */
	url: string | null;
}

/** A handler per message whose name starts with `Prefix` (`cs.`, `ui.` …). */
export type HandlersFor<Prefix extends string> = {
	[N in Extract<MessageName, `${Prefix}${string}`>]: (data: RequestOf<N>, source: MessageSource) => Promise<ReplyOf<N>>;
};
