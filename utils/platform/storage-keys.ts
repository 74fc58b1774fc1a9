/**
 * Keys of the extension's own storage (browser.storage.local), apart from the message protocol: the storage is
 * not a message, and both the background (which writes) and the content script (which listens) need the key.
 */

/** Bumped after every settings or contract write: open panels listen and re-estimate (a push, not polling). */
export const SETTINGS_REVISION_KEY = 'settingsRevision';

/** Bumped after recorded pages change: an open compare.html reloads its rows. */
export const PAGES_REVISION_KEY = 'pagesRevision';

/**
 * storage.session: the row the panel asked compare.html to highlight. The address stays `compare.html#shops`
 * (bookmarkable, and what testers expect); the page takes the key once and removes it.
 */
export const COMPARE_HIGHLIGHT_KEY = 'compareHighlight';
