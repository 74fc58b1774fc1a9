import { formatScaledDecimal } from '../../utils/core/decimal';
import type { Fen } from '../../utils/core/ids';
import { type CurrencyDisplay, formatMoney } from '../format';

/** Money for a month of parcels: whole yuan with thousands separators ("¥3,240"); per-order amounts keep fen. */
export function formatMonthly(fen: Fen, display: CurrencyDisplay): string {
	const yuan = String(Math.round(Math.abs(fen) / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return display === 'code' ? `CNY ${yuan}` : `\u00a5${yuan}`;
}

/** A difference with its sign: "+¥3,240", "−¥120", "±¥0". */
export function formatSignedMonthly(fen: Fen, display: CurrencyDisplay): string {
	const text = formatMonthly(fen, display);
	if (Math.round(Math.abs(fen) / 100) === 0) return `\u00b1${text}`;
	return fen > 0 ? `+${text}` : `\u2212${text}`;
}

/** Per-order difference with its sign: "+¥3.24", "−¥0.50", "±¥0.00". */
export function formatSignedPerOrder(fen: Fen, display: CurrencyDisplay): string {
	const text = formatMoney(Math.abs(fen), display);
	if (fen === 0) return `\u00b1${text}`;
	return fen > 0 ? `+${text}` : `\u2212${text}`;
}

/** Basis points as a percent with up to two decimals: 364 → "3.64%". */
export function formatPercentBp(bp: number): string {
	return `${formatScaledDecimal(Math.abs(Math.round(bp)), 2)}%`;
}

/** A small positive number for the complaints column and hook: plain decimal, no exponent, up to 8 decimals. */
export function plainDecimal(value: number): string {
	return value.toFixed(8).replace(/\.?0+$/, '') || '0';
}

/** The same number for people: two significant digits ("0.0018", "11"). */
export function roughNumber(value: number): string {
	if (value === 0) return '0';
	return value >= 10 ? String(Math.round(value)) : plainDecimal(Number(value.toPrecision(2)));
}
