import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createMessageRouter } from '../utils/background/message-router';
import type { RecordingProblem } from '../utils/messaging/protocol';
import { COMPARE_HIGHLIGHT_KEY, PAGES_REVISION_KEY, SETTINGS_REVISION_KEY } from '../utils/platform/storage-keys';
import { CourierLensDatabase } from '../utils/storage/database';

/** Extension-storage key of the kept recording problem (compare.html shows it). */
const RECORDING_PROBLEM_KEY = 'recordingProblem';

export default defineBackground(() => {
	const session = browser.storage.session;
	const route = createMessageRouter(
		{
			db: new CourierLensDatabase(),
			clock: () => new Date(),
			// Open panels listen to this key (storage.onChanged) and re-estimate: a push, not polling.
			announceChange: () => browser.storage.local.set({ [SETTINGS_REVISION_KEY]: Date.now() }),
			openOptionsPage: () => browser.runtime.openOptionsPage(),
			announcePagesChange: () => browser.storage.local.set({ [PAGES_REVISION_KEY]: Date.now() }),
			rememberCompareHighlight: (key) => session.set({ [COMPARE_HIGHLIGHT_KEY]: key }),
			openExtensionPage: async (path) => {
				await browser.tabs.create({ url: browser.runtime.getURL(path as '/compare.html') });
			},
			tabs: {
				send: async (tabId, frameId, message) => {
					await browser.tabs.sendMessage(tabId, message, { frameId });
				},
				// storage.session: in memory, cleared with the browser, readable by extension pages only (never by
				// content scripts or pages); it outlives a service worker that went to sleep.
				session: {
					get: async (key) => (await session.get(key))[key],
					set: (key, value) => session.set({ [key]: value }),
					remove: (key) => session.remove(key),
				},
				onRemoved: (listener) => browser.tabs.onRemoved.addListener((tabId) => listener(tabId)),
			},
			recordingProblem: {
				read: async () =>
					((await browser.storage.local.get(RECORDING_PROBLEM_KEY))[RECORDING_PROBLEM_KEY] as RecordingProblem) ?? null,
				keep: (problem) =>
					problem
						? browser.storage.local.set({ [RECORDING_PROBLEM_KEY]: problem })
						: browser.storage.local.remove(RECORDING_PROBLEM_KEY),
			},
		},
		{ id: browser.runtime.id, origin: browser.runtime.getURL('/') },
	);
	// Registered synchronously so a woken service worker handles the message that woke it.
	// `sendResponse` + `return true` works in Chrome, Firefox and WXT's fake browser alike.
	browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
		void route(message, sender).then(sendResponse);
		return true;
	});
});
