import type { MessageName, ReplyOf, RequestOf } from '../../messaging/protocol';

/** Who sent a message, as far as handlers need to know: the tab of a content script (null for extension pages). */
export interface MessageSource {
	tabId: number | null;
}

/** A handler per message whose name starts with `Prefix` (`cs.`, `ui.` …). */
export type HandlersFor<Prefix extends string> = {
	[N in Extract<MessageName, `${Prefix}${string}`>]: (data: RequestOf<N>, source: MessageSource) => Promise<ReplyOf<N>>;
};
