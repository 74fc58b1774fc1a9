import type { DeliveryDays } from '../utils/core/delivery-time';
import type { Translate } from './i18n';

/** Delivery days for the views: tenths of a day as "2.3" (always one decimal, also for hooks). */
export function tenthsText(tenths: number): string {
	const whole = Math.max(0, Math.round(tenths));
	return `${Math.floor(whole / 10)}.${whole % 10}`;
}

/**
 * The short label "2–3 天": the median rounded, the 90th percentile rounded up (a 90 % bound is better late than
 * early), at least one day each; "约 2 天" when both are the same day.
 */
export function daysRangeText(t: Translate, days: DeliveryDays): string {
	const low = Math.max(1, Math.round(days.p50Tenths / 10));
	const high = Math.max(low, Math.ceil(days.p90Tenths / 10));
	return low === high ? t('days_single', [low]) : t('days_range', [low, high]);
}
