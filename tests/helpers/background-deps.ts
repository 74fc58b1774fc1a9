import type { BackgroundDeps } from '../../utils/background/handlers';
import type { CourierLensDatabase } from '../../utils/storage/database';
import { fakeTabs } from '../background/fake-tabs';

/** Background dependencies for tests: the given database and clock, every side effect a no-op unless overridden. */
export function backgroundDeps(
	db: CourierLensDatabase,
	clock: () => Date,
	overrides: Partial<BackgroundDeps> = {},
): BackgroundDeps {
	return {
		db,
		clock,
		announceChange: async () => {},
		announcePagesChange: async () => {},
		openOptionsPage: async () => {},
		rememberCompareHighlight: async () => {},
		openExtensionPage: async () => {},
		recordingProblem: { read: async () => null, keep: async () => {} },
		tabs: fakeTabs().transport,
		...overrides,
	};
}
