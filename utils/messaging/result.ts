import type { ValidationIssue } from '../core/contract-model';

/** Error codes a reply can carry; the UI translates each (message key `error_<code>`). */
export type ErrorCode =
	| 'forbidden'
	| 'invalid_message'
	| 'invalid_contract'
	| 'invalid_import'
	| 'not_found'
	| 'storage_unavailable'
	/** A batched import lost its staged batches (the background restarted): nothing was written. */
	| 'import_interrupted'
	| 'internal';

export interface ReplyError {
	code: ErrorCode;
	/** Developer-facing detail (English); the UI shows the translated code and, for storage errors, this too. */
	detail: string;
	/** Field-level problems: contract paths, or import rows and columns ("row 3, column first_kg_yuan"). */
	issues?: ValidationIssue[];
}

/** Replies cross contexts as values, never as thrown errors (a rejected Error can arrive as `{}`). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ReplyError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, detail: string, issues?: ValidationIssue[]): Result<never> => ({
	ok: false,
	error: issues ? { code, detail, issues } : { code, detail },
});
