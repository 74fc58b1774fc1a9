import type { Figure, Provenance } from './provenance';

/** Builders so every default figure states its status the same way. */
export function sourced(sourceIds: string[], date: string, note: string): Provenance {
	return { sourceIds, date, status: 'sourced', note };
}

export function derived(sourceIds: string[], date: string, note: string): Provenance {
	return { sourceIds, date, status: 'derived', note };
}

/** `sourceIds` may name the evidence the guess leans on; the note must give the reasoning. */
export function estimate(date: string, note: string, sourceIds: string[] = []): Provenance {
	return { sourceIds, date, status: 'estimate', note };
}

export function figure<T>(value: T, provenance: Provenance): Figure<T> {
	return { value, provenance };
}
