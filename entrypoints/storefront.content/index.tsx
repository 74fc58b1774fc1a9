import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { langFromUiLanguage } from '../../components/i18n';
import panelCss from '../../components/panel/panel.css?inline';
import { CONTENT_SCRIPT_MATCHES } from '../../utils/adapters/host-patterns';
import { watchPage } from '../../utils/adapters/page-watcher';
import { findAdapter } from '../../utils/adapters/registry';
import { TAB_READING_REQUEST } from '../../utils/messaging/protocol';
import { translate, uiLanguage } from '../../utils/platform/browser-i18n';
import { SETTINGS_REVISION_KEY } from '../../utils/platform/storage-keys';
import { PanelController } from './panel-controller';

export default defineContentScript({
	matches: [...CONTENT_SCRIPT_MATCHES],
	// Loaded and evaluated while the page still parses, so that at DOMContentLoaded only the reading
	// and the estimate remain: the panel should be ready a frame or two later.
	runAt: 'document_start',
	// The panel CSS is bundled, not fetched: no round trip before the first paint, and no
	// web-accessible resource a page could probe to detect the extension.
	cssInjectionMode: 'manual',
	async main(ctx) {
		const i18n = { t: translate, lang: langFromUiLanguage(uiLanguage()) };
		let controller: PanelController | null = null;
		let mounting: Promise<PanelController> | null = null;
		let session: AbortController | null = null;

		const mount = () => {
			mounting ??= createShadowRootUi(ctx, {
				name: 'courier-lens',
				position: 'inline',
				anchor: 'body',
				append: 'last',
				// Closed in production so page scripts cannot read the merchant's rates; the E2E build opens it.
				mode: import.meta.env.VITE_CL_E2E === '1' ? 'open' : 'closed',
				css: panelCss,
				isolateEvents: true,
				onMount: (container) => new PanelController(container, i18n),
				onRemove: (mounted) => mounted?.clear(),
			}).then((ui) => {
				ui.mount();
				controller = ui.mounted ?? null;
				return controller as PanelController;
			});
			return mounting;
		};

		/** (Re)starts reading the page: on load and after every SPA navigation. */
		const start = () => {
			session?.abort();
			session = new AbortController();
			const url = new URL(location.href);
			if (!findAdapter(url)) {
				controller?.clear();
				return;
			}
			watchPage(
				document,
				url,
				(reading) => {
					if (reading) void mount().then((panel) => panel.setReading(reading));
					else controller?.clear();
				},
				session.signal,
			);
		};

		ctx.addEventListener(window, 'wxt:locationchange', start);
		const onStorageChanged = (changes: Record<string, unknown>, area: string) => {
			if (area === 'local' && SETTINGS_REVISION_KEY in changes) controller?.settingsChanged();
		};
		browser.storage.onChanged.addListener(onStorageChanged);
		// `sendResponse` + `return true`, as in the background: Chromium long ignored a returned Promise
		// (crbug.com/1185241), and the popup would then take this tab for an unsupported page.
		const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => {
			const asked = (message as { name?: unknown } | null)?.name === TAB_READING_REQUEST.name;
			if (!asked || sender.id !== browser.runtime.id) return false;
			sendResponse(controller?.tabReading() ?? null);
			return true;
		};
		browser.runtime.onMessage.addListener(onMessage);
		ctx.onInvalidated(() => {
			session?.abort();
			browser.storage.onChanged.removeListener(onStorageChanged);
			browser.runtime.onMessage.removeListener(onMessage);
		});
		if (document.readyState === 'loading') ctx.addEventListener(document, 'DOMContentLoaded', start, { once: true });
		else start();
	},
});
