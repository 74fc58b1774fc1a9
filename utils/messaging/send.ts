import type { Envelope, MessageName, ReplyOf, RequestOf } from './protocol';

/** The sending half of `runtime`: the polyfilled `browser.runtime` in extension pages, the native one in the content script. */
export interface RuntimeSender {
	sendMessage(message: unknown): Promise<unknown>;
}

/**
 * Sends one protocol message to the background. Free of any browser import, so the content script can use it
 * with the native API (no polyfill in what is injected). Never throws: no reply becomes an `internal` failure.
 */
export async function sendThrough<N extends MessageName>(
	runtime: RuntimeSender,
	name: N,
	data: RequestOf<N>,
): Promise<ReplyOf<N>> {
	try {
		const reply = await runtime.sendMessage({ name, data } satisfies Envelope<N>);
		if (reply && typeof reply === 'object' && 'ok' in reply) return reply as ReplyOf<N>;
		return { ok: false, error: { code: 'internal', detail: 'no reply from the background' } } as ReplyOf<N>;
	} catch (error) {
		return { ok: false, error: { code: 'internal', detail: String(error) } } as ReplyOf<N>;
	}
}
