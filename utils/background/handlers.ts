import type { MessageName, ReplyOf, RequestOf } from '../messaging/protocol';
import { createComparisonHandlers, createVisitRecorder } from './handlers/comparison-handlers';
import { type BackgroundDeps, createHandlerContext } from './handlers/context';
import { createContractHandlers } from './handlers/contract-handlers';
import type { MessageSource } from './handlers/handler-types';
import { createHealthHandlers } from './handlers/health-handlers';
import { createSettingsHandlers } from './handlers/settings-handlers';
import { createSwitchHandlers } from './handlers/switch-handlers';
import { createTabHandlers } from './handlers/tab-handlers';
import { createTabPanels } from './tab-panels';

export type { BackgroundDeps } from './handlers/context';

type Handlers = { [N in MessageName]: (data: RequestOf<N>, source: MessageSource) => Promise<ReplyOf<N>> };

/** Every message's handler over validated payloads, one group per concern (see handlers/). */
export function createHandlers(deps: BackgroundDeps): Handlers {
	const context = createHandlerContext(deps);
	const visits = createVisitRecorder(context);
	return {
		...createTabHandlers(context, createTabPanels(context, visits)),
		...createComparisonHandlers(context),
		...createSettingsHandlers(context),
		...createContractHandlers(context),
		...createSwitchHandlers(context),
		...createHealthHandlers(context),
	};
}
