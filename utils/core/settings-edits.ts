import type { MerchantSettings } from './settings-model';

/**
 * Settings fields the merchant changed on a page whose save the background has not confirmed yet. Settings that
 * arrive meanwhile (the first load, a live reload after another page wrote) must not undo them: the page shows
 * what arrived with these on top, until the save of each is confirmed.
 */
export type PendingEdits = Partial<MerchantSettings>;

/** What the page shows: the stored settings, with the merchant's unconfirmed edits on top. */
export function settingsShown(stored: MerchantSettings, pending: PendingEdits): MerchantSettings {
	return { ...stored, ...pending };
}

/** A new edit (saved next): it wins over anything that arrives until its save is confirmed. */
export function withEdit(pending: PendingEdits, patch: PendingEdits): PendingEdits {
	return { ...pending, ...patch };
}

/**
 * The save of `patch` was confirmed (or refused): its fields stop overriding what arrives, except those the
 * merchant changed again since (a newer save of theirs is still on its way).
 */
export function withoutSettled(pending: PendingEdits, patch: PendingEdits): PendingEdits {
	const rest: Record<string, unknown> = { ...pending };
	for (const [field, value] of Object.entries(patch)) {
		if (rest[field] === value) delete rest[field];
	}
	return rest as PendingEdits;
}
