import * as v from 'valibot';
import { type Reply, refuse } from '../core/result';
import type { MessageName } from '../messaging/protocol';
import { envelopeSchema, requestSchemas } from '../messaging/schemas';
import { createDatabaseRecovery, isStorageFailure } from '../storage/database-recovery';
import type { BackgroundDeps } from './handlers';
import { createHandlers } from './handlers';
import type { MessageSource } from './handlers/handler-types';
import { type ExtensionIdentity, isSenderAllowed, type Sender } from './sender-policy';

/** A malformed payload's problems for the developer's detail (the views show the translated code only). */
function detailOf(prefix: string, error: v.BaseIssue<unknown>[]): string {
	return `${prefix}: ${error.map((issue) => `${v.getDotPath(issue) ?? ''} ${issue.message}`).join('; ')}`;
}

/**
 * Turns any incoming message into a result: unknown names and malformed payloads are refused with
 * `invalid_message`, wrong senders with `forbidden`, database failures become `storage_unavailable`
 * (the popup shows it), anything else `internal`. Nothing is thrown back to the caller. A database that failed to
 * open is opened again before a later message, with backoff, so a passing failure does not last until a restart.
 */
export function createMessageRouter(deps: BackgroundDeps, self: ExtensionIdentity) {
	const handlers = createHandlers(deps);
	const recovery = createDatabaseRecovery(deps.db, () => deps.clock().getTime());
	return async function route(message: unknown, sender: Sender): Promise<Reply<unknown>> {
		const envelope = v.safeParse(envelopeSchema, message);
		if (!envelope.success) return refuse('invalid_message', detailOf('not a Courier Lens message', envelope.issues));
		const name: MessageName = envelope.output.name;
		if (!isSenderAllowed(name, sender, self)) return refuse('forbidden', `${name} is not accepted from this sender`);
		const payload = v.safeParse(requestSchemas[name], envelope.output.data);
		if (!payload.success) return refuse('invalid_message', detailOf(`invalid ${name} payload`, payload.issues));
		try {
			await recovery.reopenIfDue();
			const handler = handlers[name] as (data: unknown, source: MessageSource) => Promise<Reply<unknown>>;
			const inTab = sender.tab?.id !== undefined;
			return await handler(payload.output, {
				tabId: sender.tab?.id ?? null,
				frameId: inTab ? (sender.frameId ?? 0) : null,
				url: sender.url ?? null,
			});
		} catch (error) {
			return refuse(isStorageFailure(error) ? 'storage_unavailable' : 'internal', String(error));
		}
	};
}
