import { keepClearElements } from '../../utils/adapters/keep-clear';
import { watchNavigation, watchPage } from '../../utils/adapters/page-watcher';
import { findAdapter } from '../../utils/adapters/registry';
import type { SiteAdapter } from '../../utils/adapters/site-adapter';
import type { Platform } from '../../utils/core/ids';
import type { MessageName, RequestOf, TabPush } from '../../utils/messaging/protocol';
import { sendThrough } from '../../utils/messaging/send';
import type { ContentScriptApi } from '../../utils/platform/extension-api';
import { lookAtPage } from './page-look';
import { PanelHost } from './panel-host';
import { type Placement, placementFrom } from './placement';

/** Extension storage key of the panel's place per marketplace (the page's own storage is the page's to read). */
const PLACEMENT_KEY = 'panelPlacement';

/**
 * E2E builds only (`npm run build:e2e`; the condition folds away in production): the page is read. The
 * document element's `data-cl-read` counts the readings sent (0: this address is no seller page), so a test of
 * absence waits for it instead of sleeping.
 */
function markRead(count: number): void {
	if (import.meta.env.VITE_CL_E2E === '1') document.documentElement.setAttribute('data-cl-read', String(count));
}

const isHostCommand = (message: unknown): message is Extract<TabPush, { name: 'host.command' }> =>
	(message as { name?: unknown } | null)?.name === 'host.command';

/**
 * Reads seller pages and places the panel. The page's reading goes to the background, which estimates and
 * sends the result to the panel frame; the frame sends back what the host must do (its state, size, moves).
 * Nothing here renders page data: the host holds an iframe, never the merchant's numbers.
 */
export function startStorefront(api: ContentScriptApi): void {
	const send = <N extends MessageName>(name: N, data: RequestOf<N>) => sendThrough(api.runtime, name, data);
	let host: PanelHost | null = null;
	let platform: Platform | null = null;
	let session: AbortController | null = null;
	/** Views go with the readings; on their own only once a reading has gone (the background knows the tab then). */
	let readingsSent = 0;
	const placements = api.storage.local.get(PLACEMENT_KEY).then(
		(stored) => (stored[PLACEMENT_KEY] ?? {}) as Partial<Record<Platform, unknown>>,
		() => ({}) as Partial<Record<Platform, unknown>>,
	);

	const hostFor = (adapter: SiteAdapter): PanelHost => {
		if (!host) {
			const created = new PanelHost(
				api,
				(view) => {
					if (readingsSent > 0) void send('cs.view', view);
				},
				(placement: Placement) => {
					const on = platform;
					if (on)
						void placements.then((all) => {
							all[on] = placement;
							return api.storage.local.set({ [PLACEMENT_KEY]: all });
						});
				},
			);
			host = created;
			created.attach();
		}
		if (platform !== adapter.platform) {
			platform = adapter.platform;
			const on = platform;
			void placements.then((all) => host?.setPlacement(placementFrom(all[on])));
		}
		return host;
	};

	/**
	 * Once, after the page's next layout and once the merchant's place for the panel is known: the theme, and
	 * whether the expanded panel there would cover the buy area.
	 */
	let looking = false;
	const look = (panel: PanelHost, adapter: SiteAdapter) => {
		if (looking) return;
		looking = true;
		void placements.then(() =>
			lookAtPage(document, window, keepClearElements(document, adapter), panel.expandedRect(), (seen) =>
				panel.looks(seen),
			),
		);
	};

	/** (Re)reads the page: on DOMContentLoaded and after every SPA navigation. */
	const read = () => {
		session?.abort();
		session = new AbortController();
		const url = new URL(location.href);
		const adapter = findAdapter(url);
		if (!adapter) {
			if (host) {
				const view = host.currentView();
				void started.then(() => send('cs.reading', { reading: null, view }));
			}
			host?.hide();
			markRead(0);
			return;
		}
		const panel = hostFor(adapter);
		look(panel, adapter);
		watchPage(
			document,
			url,
			(reading) => {
				const count = ++readingsSent;
				// After the hello's reply: the hello forgets the last page, and must not come after this page's reading.
				void started.then(() => send('cs.reading', { reading, view: panel.currentView() })).then(() => markRead(count));
			},
			session.signal,
		);
	};

	// A new page in this tab (the background forgets the last one), and a sleeping background wakes now, so it
	// is up when the page has been read.
	const started = send('cs.hello', null);
	const adapter = findAdapter(new URL(location.href));
	// The frame loads while the page still parses; it stays hidden until the panel has rendered.
	if (adapter) hostFor(adapter);
	api.runtime.onMessage.addListener((message, sender) => {
		if (sender.id === api.runtime.id && isHostCommand(message)) host?.command(message.command);
		return undefined;
	});
	watchNavigation(window, read, new AbortController().signal);
	if (document.readyState !== 'loading') read();
	else {
		// Only the browser's own event: a page dispatching a DOMContentLoaded of its own cannot start the read early.
		const loaded = (event: Event) => {
			if (!event.isTrusted) return;
			document.removeEventListener('DOMContentLoaded', loaded);
			read();
		};
		document.addEventListener('DOMContentLoaded', loaded);
	}
}
