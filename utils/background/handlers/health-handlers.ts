import { summarizeAdapterHealth } from '../../core/adapter-health';
import { ok } from '../../core/result';
import { listReadings } from '../../storage/adapter-health-store';
import type { HandlerContext } from './context';
import type { HandlersFor } from './handler-types';

/** The options page's adapter-health view: per adapter, how its last readings went. */
export function createHealthHandlers({ deps }: HandlerContext): HandlersFor<'ui.getAdapterHealth'> {
	return {
		async 'ui.getAdapterHealth'() {
			return ok(summarizeAdapterHealth(await listReadings(deps.db)));
		},
	};
}
