import { describe, expect, it } from 'vitest';
import { createVisitGate } from '../../utils/background/visit-gate';

function gateAt(start = 0) {
	let now = start;
	const gate = createVisitGate({ now: () => now, repeatWindowMs: 60_000, burst: 3, refillMs: 1_000, maxTabs: 2 });
	return { gate, advance: (ms: number) => (now += ms) };
}

describe('visit gate', () => {
	it('admits a reading once per tab within the repeat window, and again after it', () => {
		const { gate, advance } = gateAt();
		expect(gate.admit(1, 'a')).toBe(true);
		expect(gate.admit(1, 'a')).toBe(false);
		expect(gate.admit(2, 'a')).toBe(true);
		advance(60_000);
		expect(gate.admit(1, 'a')).toBe(true);
	});

	it('rate-limits distinct readings per tab: a burst, then one per refill period', () => {
		const { gate, advance } = gateAt();
		const admitted = Array.from({ length: 100 }, (_, i) => gate.admit(1, `forged-${i}`)).filter(Boolean);
		expect(admitted).toHaveLength(3);
		expect(gate.admit(2, 'other tab')).toBe(true);
		advance(1_000);
		expect(gate.admit(1, 'next')).toBe(true);
		expect(gate.admit(1, 'next again')).toBe(false);
		advance(10_000);
		expect(['x', 'y', 'z', 'w'].map((reading) => gate.admit(1, reading))).toEqual([true, true, true, false]);
	});

	it('a refused repeat spends nothing', () => {
		const { gate } = gateAt();
		gate.admit(1, 'a');
		for (let i = 0; i < 10; i++) gate.admit(1, 'a');
		expect([gate.admit(1, 'b'), gate.admit(1, 'c'), gate.admit(1, 'd')]).toEqual([true, true, false]);
	});

	it('remembers a bounded number of tabs, least recently used forgotten first', () => {
		const { gate } = gateAt();
		gate.admit(1, 'a');
		gate.admit(2, 'a');
		gate.admit(1, 'b');
		gate.admit(3, 'a'); // forgets tab 2
		expect(gate.admit(1, 'a')).toBe(false);
		expect(gate.admit(2, 'a')).toBe(true);
	});
});
