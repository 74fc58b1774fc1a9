/**
 * Keys of the extension's own storage (browser.storage.local), apart from the message protocol: the storage is
 * not a message, and both the background (which writes) and the content script (which listens) need the key.
 */

/** Bumped after every settings or contract write: open panels listen and re-estimate (a push, not polling). */
export const SETTINGS_REVISION_KEY = 'settingsRevision';

/** Bumped after recorded pages change: an open compare.html reloads its rows. */
export const PAGES_REVISION_KEY = 'pagesRevision';
