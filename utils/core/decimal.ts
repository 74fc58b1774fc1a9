/**
 * Exact decimal text ⇄ scaled integers ("2.5" kg ⇄ 2500 g, "1.80" yuan ⇄ 180 fen, "0.6" % ⇄ 60 bp)
 * without floating-point rounding, for page prices and contract files.
 */
export function parseScaledDecimal(text: string, decimals: number): number | null {
	const match = /^(\d{1,9})(?:\.(\d+))?$/.exec(text.trim());
	if (!match) return null;
	const fraction = match[2] ?? '';
	if (fraction.length > decimals) return null;
	return Number(match[1]) * 10 ** decimals + Number(fraction.padEnd(decimals, '0') || '0');
}

/** The shortest decimal text of a scaled integer: (2500, 3) → "2.5", (180, 2) → "1.8", (200, 2) → "2". */
export function formatScaledDecimal(value: number, decimals: number): string {
	const scale = 10 ** decimals;
	const whole = Math.floor(value / scale);
	const fraction = String(value % scale)
		.padStart(decimals, '0')
		.replace(/0+$/, '');
	return fraction ? `${whole}.${fraction}` : String(whole);
}
