import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createImportStaging } from '../../utils/background/staged-import';
import { splitIntoBatches } from '../../utils/messaging/batches';

describe('staged imports', () => {
	it('hands over every item once the last batch arrives, in order', () => {
		const stage = createImportStaging<number>(() => 0);
		expect(stage({ importId: 'a', index: 0, count: 3, items: [1, 2] })).toEqual({ state: 'staged', received: 1 });
		expect(stage({ importId: 'a', index: 1, count: 3, items: [3] })).toEqual({ state: 'staged', received: 2 });
		expect(stage({ importId: 'a', index: 2, count: 3, items: [4] })).toEqual({
			state: 'complete',
			items: [1, 2, 3, 4],
		});
	});

	it('keeps concurrent imports apart', () => {
		const stage = createImportStaging<string>(() => 0);
		stage({ importId: 'a', index: 0, count: 2, items: ['a0'] });
		stage({ importId: 'b', index: 0, count: 2, items: ['b0'] });
		expect(stage({ importId: 'b', index: 1, count: 2, items: ['b1'] })).toEqual({
			state: 'complete',
			items: ['b0', 'b1'],
		});
		expect(stage({ importId: 'a', index: 1, count: 2, items: ['a1'] })).toEqual({
			state: 'complete',
			items: ['a0', 'a1'],
		});
	});

	it('reports an interruption when the staging was lost (a background restart) or a batch is missing', () => {
		const restarted = createImportStaging<number>(() => 0);
		expect(restarted({ importId: 'a', index: 1, count: 2, items: [2] })).toEqual({ state: 'interrupted' });
		const gap = createImportStaging<number>(() => 0);
		gap({ importId: 'a', index: 0, count: 3, items: [1] });
		expect(gap({ importId: 'a', index: 2, count: 3, items: [3] })).toEqual({ state: 'interrupted' });
		// and the broken import is forgotten, not completed later
		expect(gap({ importId: 'a', index: 1, count: 3, items: [2] })).toEqual({ state: 'interrupted' });
	});

	it('forgets imports abandoned for longer than the time limit', () => {
		let clock = 0;
		const stage = createImportStaging<number>(() => clock, 1000);
		stage({ importId: 'a', index: 0, count: 2, items: [1] });
		clock = 1001;
		expect(stage({ importId: 'a', index: 1, count: 2, items: [2] })).toEqual({ state: 'interrupted' });
	});
});

describe('splitIntoBatches', () => {
	it('keeps every item, in order, within the limits', () => {
		fc.assert(
			fc.property(
				fc.array(fc.string({ maxLength: 40 }), { maxLength: 200 }),
				fc.integer({ min: 1, max: 20 }),
				(items, max) => {
					const batches = splitIntoBatches(items, max, 200);
					expect(batches.flat()).toEqual(items);
					for (const batch of batches) {
						expect(batch.length).toBeLessThanOrEqual(max);
						// a batch over the character limit holds exactly one (oversized) item
						if (JSON.stringify(batch).length > 200 + batch.length + 1) expect(batch).toHaveLength(1);
					}
				},
			),
		);
	});

	it('sends an empty import as one empty batch', () => {
		expect(splitIntoBatches([], 10, 100)).toEqual([[]]);
	});
});
