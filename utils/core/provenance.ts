import type { LocalizedName } from './ids';
import type { SourceId } from './source-ids';

/**
 * Every default figure carries where it came from. `sourced`: the value stands in the cited source;
 * `derived`: computed from sourced numbers (the note gives the formula); `estimate`: no source was
 * found, or only weak ones, the note gives the reasoning, and the UI must label it as an estimate.
 */
export const FIGURE_STATUSES = ['sourced', 'derived', 'estimate'] as const;
export type FigureStatus = (typeof FIGURE_STATUSES)[number];

/** A note in the three UI languages (translated or summarised). */
export type LocalizedText = LocalizedName;

export interface Provenance {
	/** Source ids of sources.json (e.g. "S37"); may be empty only for `estimate`. */
	sourceIds: readonly SourceId[];
	/** When the figure was true: YYYY, YYYY-MM or YYYY-MM-DD. */
	date: string;
	status: FigureStatus;
	/** Formula for `derived`, reasoning for `estimate`, short context for `sourced`. */
	note: LocalizedText;
	/**
	 * The figure is a best case a typical merchant will not get (a large shipper's contract, a discounted channel):
	 * the views say so beside it.
	 */
	optimistic: boolean;
}

/**
 * A text the views word from a message by its code, with parameters: the steps of a model's method, a mix's name.
 * (Core Reasons have their own typed union in reason-codes.ts.)
 */
export interface Wording {
	code: string;
	params?: Readonly<Record<string, string | number>>;
}

export interface Figure<T> {
	value: T;
	provenance: Provenance;
}
