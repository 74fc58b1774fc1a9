/** Calendar days and timestamps as the model stores them: ISO 8601, checked as real dates. */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (2025-02-30 is rejected). */
export function isIsoDay(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const match = ISO_DAY.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// What `Date.prototype.toISOString` writes, and the same with an explicit offset: nothing looser ("March 5, 2026").
const ISO_TIMESTAMP =
	/^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

export function isIsoTimestamp(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const match = ISO_TIMESTAMP.exec(value);
	return match !== null && isIsoDay(match[1]) && Number.isFinite(Date.parse(value));
}
