import { describe, expect, it } from 'vitest';
import { createSaveQueue } from '../../utils/messaging/save-queue';

describe('a page’s saves run one after another', () => {
	it('starts the next save only when the one before has answered, even after a failure', async () => {
		const inOrder = createSaveQueue();
		const log: string[] = [];
		let release: () => void = () => {};
		const first = inOrder(
			() =>
				new Promise<string>((resolve) => {
					log.push('first started');
					release = () => resolve('first');
				}),
		);
		const failing = inOrder(async () => {
			log.push('second started');
			throw new Error('refused');
		});
		const third = inOrder(async () => {
			log.push('third started');
			return 'third';
		});
		await Promise.resolve();
		expect(log).toEqual(['first started']);
		release();
		expect(await first).toBe('first');
		await expect(failing).rejects.toThrow('refused');
		expect(await third).toBe('third');
		expect(log).toEqual(['first started', 'second started', 'third started']);
	});
});
