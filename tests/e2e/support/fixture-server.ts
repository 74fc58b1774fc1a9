import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { FIXTURE_TAG, type FixturePage, SEARCH_PAGE, VARIANT_TAG, withChangedPrice } from './fixtures';
import { FIXTURES_DIR } from './paths';

export interface FixtureServer {
	port: number;
	/** Every host name the browsers must send here. */
	hosts: string[];
	close(): Promise<void>;
}

/**
 * Serves the fixture pages over plain http from 127.0.0.1 under their real host names, so the manifest's real
 * match patterns decide where the content script runs. Chromium reaches it through --host-resolver-rules
 * (request line holds the path, Host header the name); Firefox uses it as its HTTP proxy (request line holds the
 * absolute URL). A page is served only at its own host with its file tag; anything else is a 404. With
 * `cl_variant=price` the page is served with its price changed (fixtures.ts, withChangedPrice).
 */
export function startFixtureServer(pages: FixturePage[], dir = FIXTURES_DIR): Promise<FixtureServer> {
	const byFile = new Map(pages.map((p) => [p.file, p]));
	const server = http.createServer((req, res) => {
		const target = requestedUrl(req);
		const page = byFile.get(target.searchParams.get(FIXTURE_TAG) ?? '');
		if (page && page.host === target.host) {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
			const html = fs.readFileSync(path.join(dir, page.file));
			const price = page.expected.price;
			const variant = target.searchParams.get(VARIANT_TAG);
			res.end(variant === 'price' && price ? withChangedPrice(html.toString('utf8'), price) : html);
		} else if (target.host === SEARCH_PAGE.host && target.pathname === '/search') {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
			res.end(SEARCH_PAGE.html);
		} else {
			res.writeHead(404, { 'content-type': 'text/plain' });
			res.end('not found');
		}
	});
	// Firefox may try to tunnel https through its proxy: refuse rather than hang.
	server.on('connect', (_req, socket) => socket.end('HTTP/1.1 403 Forbidden\r\n\r\n'));
	const hosts = [...new Set([...pages.map((p) => p.host), SEARCH_PAGE.host])];
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			resolve({
				port: (server.address() as AddressInfo).port,
				hosts,
				close: () =>
					new Promise<void>((done) => {
						server.closeAllConnections();
						server.close(() => done());
					}),
			});
		});
	});
}

function requestedUrl(req: http.IncomingMessage): URL {
	const line = req.url ?? '/';
	if (/^https?:\/\//.test(line)) return new URL(line);
	const host = (req.headers.host ?? 'localhost').replace(/:\d+$/, '');
	return new URL(line, `http://${host}`);
}
