import { isQuickContract } from '../../core/contract-model';
import { ok } from '../../core/result';
import { writeSettings } from '../../storage/settings-store';
import type { HandlerContext } from './context';
import type { HandlersFor } from './handler-types';

/** The merchant's settings, read and written by the popup and options pages (and the ranking by the panel). */
export function createSettingsHandlers({
	deps,
	current,
	changed,
}: HandlerContext): HandlersFor<'ui.getState' | 'ui.getEditorState' | 'ui.saveSettings' | 'panel.saveRanking'> {
	return {
		// The popup needs its quick contracts only: a merchant with a thousand contracts still gets a small reply.
		async 'ui.getState'() {
			const { settings, contracts } = await current();
			return ok({ settings, contracts: contracts.filter(isQuickContract) });
		},

		async 'ui.getEditorState'() {
			const { settings, contracts } = await current();
			return ok({ settings, contracts });
		},

		async 'ui.saveSettings'(patch) {
			const settings = await writeSettings(deps.db, patch);
			await changed();
			return ok(settings);
		},

		// The panel's ranking buttons: the same setting the popup shows, so every panel and the popup follow it.
		async 'panel.saveRanking'({ ranking }) {
			await writeSettings(deps.db, { ranking });
			await changed();
			return ok(null);
		},
	};
}
