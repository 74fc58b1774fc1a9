/**
 * The few extension APIs the content script uses, typed. The content script talks to the browser's own API,
 * not through webextension-polyfill (its 2.5 KB would be injected into every marketplace page): Chrome MV3 and
 * Firefox both return promises from `runtime.sendMessage` and `storage.local`. No `i18n`: Chromium loads a page's
 * message catalogue with a synchronous call to the browser the first time it is asked (13–47 ms measured on a
 * marketplace page while it loads); the panel frame, an extension page, names itself.
 */
export interface ContentScriptApi {
	runtime: {
		id: string;
		getURL(path: string): string;
		sendMessage(message: unknown): Promise<unknown>;
		onMessage: {
			addListener(listener: (message: unknown, sender: { id?: string }) => undefined): void;
		};
	};
	storage: {
		local: {
			get(key: string): Promise<Record<string, unknown>>;
			set(items: Record<string, unknown>): Promise<void>;
		};
	};
}

/** Read off `globalThis`, not as bare names: WXT's auto-import would otherwise bring the polyfill back for `browser`. */
const globals = globalThis as unknown as { browser: ContentScriptApi; chrome: ContentScriptApi };

/**
 * `browser` in Firefox, `chrome` in Chromium, chosen at build time. Never "whichever global exists": in Chromium
 * `browser` may be undefined in a content script, and a page can then define it for every world with an element
 * id (`<div id="browser">`); a global the browser defines cannot be shadowed that way.
 */
export function contentScriptApi(): ContentScriptApi {
	return import.meta.env.FIREFOX ? globals.browser : globals.chrome;
}
