import type { ValidationIssue } from './issues';

/**
 * The one result shape of the product: a value, or an error the caller can act on. Used from the core's
 * validators up to the message replies, which cross contexts as values, never as thrown errors (a rejected
 * Error can arrive as `{}`).
 */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });

/** Error codes a message reply can carry; the views translate each (message key `error_<code>`). */
export const ERROR_CODES = [
	'forbidden',
	'invalid_message',
	'invalid_contract',
	'invalid_import',
	/** A staged import lost its earlier batches (the background restarted): nothing was written. */
	'import_interrupted',
	'not_found',
	/** The quick contract holds prices the popup's quick form cannot show (bands, zones …): edit it in the editor. */
	'quick_edit_unsupported',
	'storage_unavailable',
	'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ReplyError {
	code: ErrorCode;
	/** Developer-facing detail (English) for logs and bug reports; the views show the translated code instead. */
	detail: string;
	/** Field-level problems, each a code with its parameters (contract paths, file rows and columns). */
	issues?: ValidationIssue[];
}

/** What a message handler answers. */
export type Reply<T> = Result<T, ReplyError>;

export function refuse(code: ErrorCode, detail: string, issues?: ValidationIssue[]): { ok: false; error: ReplyError } {
	return fail(issues ? { code, detail, issues } : { code, detail });
}
