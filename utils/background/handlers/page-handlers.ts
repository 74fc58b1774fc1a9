import { estimatePage } from '../../core/estimate';
import { ok } from '../../core/result';
import { recordShopVisit } from '../../storage/shop-store';
import type { HandlerContext } from './context';
import type { HandlersFor } from './handler-types';

/** Messages from the content script on a marketplace page (`cs.`): the estimate and the way to the options. */
export function createPageHandlers({ deps, current }: HandlerContext): HandlersFor<'cs.estimate' | 'cs.openOptions'> {
	return {
		async 'cs.estimate'({ facts, destination, weightGrams, strategy }) {
			const { settings, contracts } = await current();
			const siteEnabled = settings.enabledSites[facts.platform];
			const estimate = estimatePage({
				facts,
				settings: strategy ? { ...settings, ranking: strategy } : settings,
				contracts,
				now: deps.clock(),
				...(destination ? { destination } : {}),
				...(weightGrams ? { weightGrams } : {}),
			});
			// Remembered for the comparison view, after the reply has gone: the write would otherwise delay
			// the panel by several milliseconds, and its failure must not cost the merchant the panel.
			if (facts.shopId) {
				const seenAt = deps.clock().toISOString();
				setTimeout(() => recordShopVisit(deps.db, facts, seenAt).catch(() => {}), 0);
			}
			return ok({ estimate, settings, siteEnabled });
		},

		async 'cs.openOptions'() {
			await deps.openOptionsPage();
			return ok(null);
		},
	};
}
