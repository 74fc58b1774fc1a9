import Dexie from 'dexie';
import * as v from 'valibot';
import type { MessageName } from '../messaging/protocol';
import { fail, type Result } from '../messaging/result';
import { envelopeSchema, requestSchemas } from '../messaging/schemas';
import type { BackgroundDeps } from './handlers';
import { createHandlers } from './handlers';
import type { MessageSource } from './handlers/handler-types';
import { type ExtensionIdentity, isSenderAllowed, type Sender } from './sender-policy';

function issuesOf(error: v.BaseIssue<unknown>[]) {
	return error.map((issue) => ({ path: v.getDotPath(issue) ?? '', message: issue.message }));
}

/**
 * Turns any incoming message into a result: unknown names and malformed payloads are refused with
 * `invalid_message`, wrong senders with `forbidden`, database failures become `storage_unavailable`
 * (the popup shows it), anything else `internal`. Nothing is thrown back to the caller.
 */
export function createMessageRouter(deps: BackgroundDeps, self: ExtensionIdentity) {
	const handlers = createHandlers(deps);
	return async function route(message: unknown, sender: Sender): Promise<Result<unknown>> {
		const envelope = v.safeParse(envelopeSchema, message);
		if (!envelope.success) return fail('invalid_message', 'not a Courier Lens message', issuesOf(envelope.issues));
		const name: MessageName = envelope.output.name;
		if (!isSenderAllowed(name, sender, self)) return fail('forbidden', `${name} is not accepted from this sender`);
		const payload = v.safeParse(requestSchemas[name], envelope.output.data);
		if (!payload.success) return fail('invalid_message', `invalid ${name} payload`, issuesOf(payload.issues));
		try {
			const handler = handlers[name] as (data: unknown, source: MessageSource) => Promise<Result<unknown>>;
			return await handler(payload.output, { tabId: sender.tab?.id ?? null });
		} catch (error) {
			const storage =
				error instanceof Dexie.DexieError || (error instanceof DOMException && error.name === 'QuotaExceededError');
			return fail(storage ? 'storage_unavailable' : 'internal', String(error));
		}
	};
}
