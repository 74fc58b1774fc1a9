/**
 * Splits a validated list into batches for the background (see utils/background/staged-import.ts): at most
 * `maxItems` per batch, and at most `maxChars` of JSON, so that no message grows with the file.
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
