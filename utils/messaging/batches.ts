import type { Reply } from '../core/result';

/**
 * Big files travel as validated batches: the page that read the file parses and checks it there, then sends it in
 * bounded messages, and the background stages them (utils/background/staged-import.ts) and writes everything in one
 * transaction when the last arrives. Exports come back in bounded pages the same way. Generic: contracts use it, and
 * so can any other import or export of many rows.
 */
export interface ImportBatch<T> {
	/** Chosen by the page, one per import (a random UUID). */
	importId: string;
	/** 0-based position of this batch. */
	index: number;
	/** Number of batches in the whole import. */
	count: number;
	items: T[];
}

/** One page of an export: the items, and the cursor of the next page (null after the last). */
export interface ExportPage<T> {
	items: T[];
	next: string | null;
}

/** Batch limits: small enough for any browser's message size and the background's memory, big enough to be quick. */
export const BATCH_LIMITS = { maxItems: 500, maxChars: 2_000_000, maxBatches: 1000 } as const;

/**
 * Splits a validated list into batches of at most `maxItems` and, item sizes permitting, `maxChars` of JSON, so
 * that no message grows with the file.
 */
export function splitIntoBatches<T>(items: readonly T[], maxItems: number, maxChars: number): T[][] {
	const batches: T[][] = [];
	let current: T[] = [];
	let chars = 0;
	for (const item of items) {
		const size = JSON.stringify(item)?.length ?? 0;
		if (current.length > 0 && (current.length >= maxItems || chars + size > maxChars)) {
			batches.push(current);
			current = [];
			chars = 0;
		}
		current.push(item);
		chars += size;
	}
	// An empty import is still one (empty) batch: the background then commits nothing, explicitly.
	batches.push(current);
	return batches;
}

/**
 * Sends every item in batches, one after the other, and answers with the last reply (the background's answer to
 * the complete import) or the first failure, after which nothing more is sent. `onProgress` hears how many items
 * were sent so far.
 */
export async function sendInBatches<T, R>(
	items: readonly T[],
	send: (batch: ImportBatch<T>) => Promise<Reply<R>>,
	options: { importId: string; onProgress?: (sent: number) => void },
): Promise<Reply<R>> {
	const batches = splitIntoBatches(items, BATCH_LIMITS.maxItems, BATCH_LIMITS.maxChars);
	let sent = 0;
	let reply: Reply<R> | null = null;
	for (const [index, batch] of batches.entries()) {
		reply = await send({ importId: options.importId, index, count: batches.length, items: batch });
		if (!reply.ok) return reply;
		sent += batch.length;
		options.onProgress?.(sent);
	}
	// splitIntoBatches always returns at least one batch, so a reply exists.
	return reply as Reply<R>;
}

/** Reads every page of an export, in order; the first failure is the answer. */
export async function collectPages<T>(
	fetchPage: (after: string | null) => Promise<Reply<ExportPage<T>>>,
): Promise<Reply<T[]>> {
	const items: T[] = [];
	let after: string | null = null;
	do {
		const reply: Reply<ExportPage<T>> = await fetchPage(after);
		if (!reply.ok) return reply;
		items.push(...reply.value.items);
		after = reply.value.next;
	} while (after !== null);
	return { ok: true, value: items };
}
