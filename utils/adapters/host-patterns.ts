/**
 * Match patterns of every marketplace seller page family. Side-effect free: WXT imports this in Node
 * at build time to write the manifest. The adapters decide, page by page, whether a matched URL is a
 * seller page (a search page on *.taobao.com is matched here and rejected by the adapters).
 */
export const CONTENT_SCRIPT_MATCHES = [
	'*://item.taobao.com/*',
	'*://detail.tmall.com/*',
	'*://*.taobao.com/*',
	'*://*.tmall.com/*',
	'*://item.jd.com/*',
	'*://mall.jd.com/*',
	'*://mobile.yangkeduo.com/*',
	'*://detail.1688.com/*',
] as const;
