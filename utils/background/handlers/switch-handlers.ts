import { ok } from '../../core/result';
import { switchCalculatorPath } from '../../messaging/protocol';
import { readOrderMix, writeOrderMix } from '../../storage/order-mix-store';
import type { HandlerContext } from './context';
import type { HandlersFor } from './handler-types';

/** The switch calculator: the merchant's order mix (counts only) and the panel's way into compare.html#carriers. */
export function createSwitchHandlers({
	deps,
}: HandlerContext): HandlersFor<'ui.getOrderMix' | 'ui.saveOrderMix' | 'panel.openSwitchCalculator'> {
	return {
		async 'ui.getOrderMix'() {
			return ok(await readOrderMix(deps.db));
		},

		async 'ui.saveOrderMix'({ counts, rowsRead, rowsPlaced }) {
			// Zero counts are dropped: the stored row names only provinces that received orders.
			const kept = Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== undefined && n > 0));
			return ok(
				await writeOrderMix(deps.db, { counts: kept, rowsRead, rowsPlaced, importedAt: deps.clock().toISOString() }),
			);
		},

		async 'panel.openSwitchCalculator'({ origin }) {
			await deps.openExtensionPage(switchCalculatorPath(origin));
			return ok(null);
		},
	};
}
