import { parseScaledDecimal } from './decimal';
import type { Fen } from './ids';

/**
 * Parses a decimal yuan amount ("29.9", "15299.00", "5") into integer fen without floating point.
 * Returns null for anything else, including placeholders like ".00" and more than two decimals.
 */
export function yuanTextToFen(text: string): Fen | null {
	return parseScaledDecimal(text, 2);
}

/** Renders fen as a plain decimal yuan string with two decimals ("1234" → "12.34"); the UI adds the symbol. */
export function fenToYuanText(fen: Fen): string {
	const sign = fen < 0 ? '-' : '';
	const abs = Math.abs(Math.round(fen));
	return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Fee in fen for a rate in basis points, rounded half up to the fen. */
export function basisPointsOf(amountFen: Fen, basisPoints: number): Fen {
	return Math.round((amountFen * basisPoints) / 10_000);
}
