import type { Figure, LocalizedText, Provenance } from './provenance';
import type { SourceId } from './source-ids';

/** Builders so every default figure states its status the same way. */
export function sourced(sourceIds: SourceId[], date: string, note: LocalizedText): Provenance {
	return { sourceIds, date, status: 'sourced', note, optimistic: false };
}

export function derived(sourceIds: SourceId[], date: string, note: LocalizedText): Provenance {
	return { sourceIds, date, status: 'derived', note, optimistic: false };
}

/** `sourceIds` may name the evidence the guess leans on; the note must give the reasoning. */
export function estimate(date: string, note: LocalizedText, sourceIds: SourceId[] = []): Provenance {
	return { sourceIds, date, status: 'estimate', note, optimistic: false };
}

/** Marks a figure as a best case (see Provenance.optimistic). */
export function optimistic(provenance: Provenance): Provenance {
	return { ...provenance, optimistic: true };
}

export function figure<T>(value: T, provenance: Provenance): Figure<T> {
	return { value, provenance };
}
