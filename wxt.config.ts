import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { CONTENT_SCRIPT_MATCHES } from './utils/adapters/host-patterns';

export default defineConfig({
	imports: false,
	modules: ['@wxt-dev/webextension-polyfill'],
	// Firefox stays on WXT's default MV2: host permissions are granted at install, so the panel works
	// at once. Under Firefox MV3 they are opt-in and the content script stays silent until granted.
	manifest: ({ browser }) => ({
		name: '__MSG_extName__',
		description: '__MSG_extDescription__',
		default_locale: 'zh_CN',
		permissions: ['storage'],
		host_permissions: [...CONTENT_SCRIPT_MATCHES],
		action: { default_title: '__MSG_extName__' },
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
