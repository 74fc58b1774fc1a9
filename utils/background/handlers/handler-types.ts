import type { MessageName, ReplyOf, RequestOf } from '../../messaging/protocol';
import type { Sender } from '../sender-policy';

/** A handler per message whose name starts with `Prefix` (`cs.`, `ui.` …); `sender` has passed the sender policy. */
export type HandlersFor<Prefix extends string> = {
	[N in Extract<MessageName, `${Prefix}${string}`>]: (data: RequestOf<N>, sender: Sender) => Promise<ReplyOf<N>>;
};
