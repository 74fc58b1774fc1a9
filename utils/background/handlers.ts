import type { MessageName, ReplyOf, RequestOf } from '../messaging/protocol';
import { type BackgroundDeps, createHandlerContext } from './handlers/context';
import { createContractHandlers } from './handlers/contract-handlers';
import { createSettingsHandlers } from './handlers/settings-handlers';
import { createSwitchHandlers } from './handlers/switch-handlers';
import { createTabHandlers } from './handlers/tab-handlers';
import type { Sender } from './sender-policy';
import { createTabPanels } from './tab-panels';

export type { BackgroundDeps } from './handlers/context';

type Handlers = { [N in MessageName]: (data: RequestOf<N>, sender: Sender) => Promise<ReplyOf<N>> };

/** Every message's handler over validated payloads, one group per concern (see handlers/). */
export function createHandlers(deps: BackgroundDeps): Handlers {
	const context = createHandlerContext(deps);
	return {
		...createTabHandlers(context, createTabPanels(context)),
		...createSettingsHandlers(context),
		...createContractHandlers(context),
		...createSwitchHandlers(context),
	};
}
