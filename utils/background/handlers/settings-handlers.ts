import { ok, refuse } from '../../core/result';
import { readSettingsVersion, writeSettings } from '../../storage/settings-store';
import type { HandlerContext } from './context';
import type { HandlersFor } from './handler-types';

/** The merchant's settings, read and written by the popup and options pages. */
export function createSettingsHandlers({
	deps,
	current,
	changed,
}: HandlerContext): HandlersFor<'ui.getState' | 'ui.saveSettings'> {
	return {
		async 'ui.getState'() {
			const { settings, contracts, storageProblem } = await current();
			// Defaults are no answer here: the popup and options would show (and save over) settings that are not the merchant's.
			if (storageProblem) return refuse('storage_unavailable', `database unavailable: ${storageProblem}`);
			return ok({ settings, settingsVersion: await readSettingsVersion(deps.db), contracts });
		},

		async 'ui.saveSettings'({ patch, baseVersion, overwrite }) {
			const write = await writeSettings(deps.db, patch, { baseVersion, overwrite });
			if (!write.saved) {
				return refuse('version_conflict', `settings changed elsewhere (version ${write.current?.version ?? 0})`);
			}
			await changed();
			return ok(write.value);
		},
	};
}
