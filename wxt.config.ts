import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { CONTENT_SCRIPT_MATCHES } from './utils/adapters/host-patterns';

/** The injected script (entrypoints/storefront): an unlisted script, registered here as the content script. */
const STOREFRONT = 'storefront';
const STOREFRONT_FILE = `content-scripts/${STOREFRONT}.js`;
/** The panel page the content script frames (entrypoints/panel). */
const PANEL_PAGE = 'panel.html';

export default defineConfig({
	imports: false,
	modules: ['@wxt-dev/webextension-polyfill'],
	hooks: {
		// Built where content scripts go, so every tool that looks for content scripts finds it there.
		'entrypoints:resolved': (wxt, entrypoints) => {
			for (const entrypoint of entrypoints)
				if (entrypoint.name === STOREFRONT) entrypoint.outputDir = resolve(wxt.config.outDir, 'content-scripts');
		},
	},
	// Firefox stays on WXT's default MV2: host permissions are granted at install, so the panel works
	// at once. Under Firefox MV3 they are opt-in and the content script stays silent until granted.
	manifest: ({ browser, manifestVersion }) => ({
		name: '__MSG_extName__',
		description: '__MSG_extDescription__',
		default_locale: 'zh_CN',
		permissions: ['storage'],
		host_permissions: [...CONTENT_SCRIPT_MATCHES],
		action: { default_title: '__MSG_extName__' },
		// The native API only, no WXT content-script context: see entrypoints/storefront/index.ts.
		content_scripts: [{ matches: [...CONTENT_SCRIPT_MATCHES], js: [STOREFRONT_FILE], run_at: 'document_start' }],
		// Only the panel page, only to the marketplaces. Chrome serves it at a per-session address (runtime.getURL
		// gives it), so a page cannot probe for the extension; Firefox's moz-extension address is random per install.
		web_accessible_resources:
			manifestVersion === 2
				? [PANEL_PAGE]
				: [{ resources: [PANEL_PAGE], matches: [...CONTENT_SCRIPT_MATCHES], use_dynamic_url: true }],
		...(browser === 'firefox'
			? {
					browser_specific_settings: {
						gecko: {
							id: 'courier-lens@courier-lens.app',
							strict_min_version: '142.0',
							data_collection_permissions: { required: ['none'] },
						},
					},
				}
			: {}),
	}),
	vite: () => ({
		// Chrome refuses content scripts that are not valid UTF-8 (pitfall P1 in shared/notes/browsers.md).
		build: { rolldownOptions: { output: { charset: 'ascii' } } },
		plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
	}),
});
