import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createMessageRouter } from '../utils/background/message-router';
import { SETTINGS_REVISION_KEY } from '../utils/messaging/protocol';
import { CourierLensDatabase } from '../utils/storage/database';

export default defineBackground(() => {
	const session = browser.storage.session;
	const route = createMessageRouter(
		{
			db: new CourierLensDatabase(),
			clock: () => new Date(),
			// Open panels listen to this key (storage.onChanged) and re-estimate: a push, not polling.
			announceChange: () => browser.storage.local.set({ [SETTINGS_REVISION_KEY]: Date.now() }),
			openOptionsPage: () => browser.runtime.openOptionsPage(),
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
