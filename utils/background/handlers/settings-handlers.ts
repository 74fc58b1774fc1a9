import { isQuickContract } from '../../core/contract-model';
import { ok, refuse } from '../../core/result';
import { readSettingsVersion, writeSettings } from '../../storage/settings-store';
import type { HandlerContext } from './context';
import type { HandlersFor } from './handler-types';

/** The merchant's settings, read and written by the popup and options pages (and the ranking by the panel). */
export function createSettingsHandlers({
	deps,
	current,
	changed,
}: HandlerContext): HandlersFor<'ui.getState' | 'ui.getEditorState' | 'ui.saveSettings' | 'panel.saveRanking'> {
	/**
	 * Settings, their version and contracts. Defaults are no answer here: the popup and options would show (and save
	 * over) settings that are not the merchant's, so while storage is down this refuses.
	 */
	const state = async (onlyQuick: boolean) => {
		const { settings, contracts, storageProblem } = await current();
		if (storageProblem) return refuse('storage_unavailable', `database unavailable: ${storageProblem}`);
		const settingsVersion = await readSettingsVersion(deps.db);
		return ok({ settings, settingsVersion, contracts: onlyQuick ? contracts.filter(isQuickContract) : contracts });
	};
	return {
		// The popup needs its quick contracts only: a merchant with a thousand contracts still gets a small reply.
		'ui.getState': () => state(true),

		'ui.getEditorState': () => state(false),

		async 'ui.saveSettings'({ patch, baseVersion, overwrite }) {
			const write = await writeSettings(deps.db, patch, { baseVersion, overwrite });
			if (!write.saved) {
				return refuse('version_conflict', `settings changed elsewhere (version ${write.current?.version ?? 0})`);
			}
			await changed();
			return ok(write.value);
		},

		// The panel's ranking buttons: the same setting the popup shows, so every panel and the popup follow it.
		// The merchant's latest choice in a panel: it has no version to name, and one field cannot undo another edit.
		async 'panel.saveRanking'({ ranking }) {
			await writeSettings(deps.db, { ranking }, { baseVersion: 0, overwrite: true });
			await changed();
			return ok(null);
		},
	};
}
