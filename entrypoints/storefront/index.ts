import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { contentScriptApi } from '../../utils/platform/extension-api';
import { startStorefront } from './storefront';

/**
 * The content script on marketplace pages (run at document_start; registered in wxt.config.ts). An unlisted
 * script rather than a WXT content script: nothing of WXT's content-script context is injected, so the page
 * receives no message naming the extension and no event of ours it could forge.
 */
export default defineUnlistedScript(() => {
	if (window === window.top) startStorefront(contentScriptApi());
});
