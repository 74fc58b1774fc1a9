import { estimatePage } from '../../core/estimate';
import { ok } from '../../core/result';
import type { VisitRecorder } from './comparison-handlers';
import type { HandlerContext } from './context';
import type { HandlersFor } from './handler-types';

/** Messages from the content script on a marketplace page (`cs.`): the estimate and the way to the options. */
export function createPageHandlers(
	{ deps, current }: HandlerContext,
	visits: VisitRecorder,
): HandlersFor<'cs.estimate' | 'cs.openOptions'> {
	return {
		async 'cs.estimate'({ facts, destination, weightGrams, strategy }, { tabId }) {
			const { settings, contracts, storageProblem } = await current();
			const seenAt = deps.clock().toISOString();
			// Read while the estimate is worked out; a database failure leaves it null and the estimate stands.
			const comparison = visits.standing(facts, seenAt);
			const siteEnabled = settings.enabledSites[facts.platform];
			const estimate = estimatePage({
				facts,
				settings: strategy ? { ...settings, ranking: strategy } : settings,
				contracts,
				now: deps.clock(),
				...(destination ? { destination } : {}),
				...(weightGrams ? { weightGrams } : {}),
			});
			// The one place a reading is recorded for the comparison: after the visit gate, after the reply.
			visits.recordLater(tabId, facts, settings, seenAt);
			return ok({ estimate, settings, siteEnabled, comparison: await comparison, storageProblem });
		},

		async 'cs.openOptions'() {
			await deps.openOptionsPage();
			return ok(null);
		},
	};
}
