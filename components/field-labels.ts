import { provinceByCode } from '../utils/core/geography';
import type { I18n } from './i18n';

/**
 * The merchant's name for a contract field, from its model path: `rates.firstFen` → 首重价格,
 * `zoneRates.remote_2.bands[1].priceFen` → 偏远地区（新疆、西藏）·第2档·价格. `withScope: false` leaves out the
 * rate card and band (a CSV row already says which). Falls back to the path only for fields without a label.
 */
export function fieldLabel({ t, lang }: I18n, path: string, withScope = true): string {
	const parts: string[] = [];
	const scope = /^(?:rates|zoneRates\.([^.]+)|provinceRates\.([^.]+))(?:\.bands\[(\d+)\])?(?:\.|$)/.exec(path);
	if (scope && withScope) {
		const [, zone, province, band] = scope;
		if (zone) parts.push(t(`zone_${zone}`) || zone);
		else if (province) parts.push(provinceByCode(province)?.name[lang] ?? province);
		else parts.push(t('field_rates'));
		if (band !== undefined) parts.push(t('field_band_n', [Number(band) + 1]));
	}
	const leaf =
		path
			.split('.')
			.pop()
			?.replace(/\[\d+\]$/, '') ?? '';
	const isScopeOnly = scope !== null && scope[0].length >= path.length && !path.endsWith('bands');
	if (leaf !== '' && !(isScopeOnly && withScope)) parts.push(t(`field_${leaf}`) || leaf);
	return parts.join(t('field_separator'));
}
