/**
 * Every default figure carries where it came from. `sourced`: the value stands in the cited source;
 * `derived`: computed from sourced numbers (the note gives the formula); `estimate`: no source was
 * found, the note gives the reasoning, and the UI must label it as an estimate.
 */
export type FigureStatus = 'sourced' | 'derived' | 'estimate';

export interface Provenance {
	/** Source ids of shared/reference/data.md (e.g. "S37"); empty only for `estimate`. */
	sourceIds: string[];
	/** When the figure was true: YYYY, YYYY-MM or YYYY-MM-DD. */
	date: string;
	status: FigureStatus;
	/** Formula for `derived`, reasoning for `estimate`, short context for `sourced`. */
	note: string;
}

export interface Figure<T> {
	value: T;
	provenance: Provenance;
}
