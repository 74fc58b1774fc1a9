import { DEFAULT_SETTINGS } from '../core/settings-defaults';
import type { MerchantSettings } from '../core/settings-model';
import type { VersionedWrite } from './contract-store';
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

/** Settings with the version they were read at (0 until the first save), which a save must name. */
export interface VersionedSettings {
	settings: MerchantSettings;
	version: number;
}

/** The version of the stored settings: every save adds one. */
export async function readSettingsVersion(db: CourierLensDatabase): Promise<number> {
	return (await db.settings.get(KEY))?.version ?? 0;
}

/**
 * Merges a validated patch into the stored settings in one transaction and returns the result with its new
 * version. A patch made from an older version than the stored one is refused unless `overwrite` is set (the
 * merchant chose "keep mine"); the refusal carries what is stored now.
 */
export function writeSettings(
	db: CourierLensDatabase,
	patch: Partial<MerchantSettings>,
	{ baseVersion, overwrite }: { baseVersion: number; overwrite: boolean },
): Promise<VersionedWrite<VersionedSettings>> {
	return db.transaction('rw', db.settings, async (): Promise<VersionedWrite<VersionedSettings>> => {
		const row = await db.settings.get(KEY);
		const stored = row?.value ?? {};
		const storedVersion = row?.version ?? 0;
		if (!overwrite && storedVersion !== baseVersion) {
			return { saved: false, current: { settings: withDefaults(stored), version: storedVersion } };
		}
		const merged = {
			...stored,
			...patch,
			...(patch.enabledSites ? { enabledSites: { ...stored.enabledSites, ...patch.enabledSites } } : {}),
		};
		const version = storedVersion + 1;
		await db.settings.put({ key: KEY, value: merged, version });
		return { saved: true, value: { settings: withDefaults(merged), version } };
	});
}
