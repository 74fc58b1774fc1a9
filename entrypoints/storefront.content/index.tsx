import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_SCRIPT_MATCHES } from '../../utils/adapters/host-patterns';

export default defineContentScript({
	matches: [...CONTENT_SCRIPT_MATCHES],
	cssInjectionMode: 'ui',
	main() {},
});
