import type { MessageName, ReplyOf, RequestOf } from '../../messaging/protocol';

/** A handler per message whose name starts with `Prefix` (`cs.`, `ui.` …). */
export type HandlersFor<Prefix extends string> = {
	[N in Extract<MessageName, `${Prefix}${string}`>]: (data: RequestOf<N>) => Promise<ReplyOf<N>>;
};
