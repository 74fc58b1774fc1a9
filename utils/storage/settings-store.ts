import { DEFAULT_SETTINGS } from '../core/settings-defaults';
import type { MerchantSettings } from '../core/settings-model';
import type { CourierLensDatabase } from './database';

const KEY = 'merchant';

function withDefaults(stored: Partial<MerchantSettings> | undefined): MerchantSettings {
	return {
		...DEFAULT_SETTINGS,
		...stored,
		enabledSites: { ...DEFAULT_SETTINGS.enabledSites, ...stored?.enabledSites },
	};
}

/** The merchant's settings; fields never saved fall back to the defaults. */
export async function readSettings(db: CourierLensDatabase): Promise<MerchantSettings> {
	return withDefaults((await db.settings.get(KEY))?.value);
}

/** Merges a validated patch into the stored settings in one transaction and returns the result. */
export function writeSettings(db: CourierLensDatabase, patch: Partial<MerchantSettings>): Promise<MerchantSettings> {
	return db.transaction('rw', db.settings, async () => {
		const stored = (await db.settings.get(KEY))?.value ?? {};
		const merged = {
			...stored,
			...patch,
			...(patch.enabledSites ? { enabledSites: { ...stored.enabledSites, ...patch.enabledSites } } : {}),
		};
		await db.settings.put({ key: KEY, value: merged });
		return withDefaults(merged);
	});
}
