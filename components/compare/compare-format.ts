import type { ComparedRow } from '../../utils/core/comparison';
import type { PageRecord } from '../../utils/core/comparison-model';
import { type CurrencyDisplay, carrierName, formatKg, formatMoney, provinceName, reasonText } from '../format';
import type { I18n } from '../i18n';

/** The words of the comparison's cells: one place for the table, the pinned cards and the CSV export. */

/** A local calendar day, YYYY-MM-DD (timestamps are stored in UTC; the merchant reads local days). */
export function localDay(iso: string): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso.slice(0, 10);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A local time of day, HH:MM. */
export function localTime(iso: string): string {
	const date = new Date(iso);
	const pad = (n: number) => String(n).padStart(2, '0');
	return Number.isNaN(date.getTime()) ? '' : `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export const unknownWord = ({ t }: I18n) => t('compare_unknown');

/** 包邮 (free), a fee, or the page's words for a threshold ("满49包邮"). */
export function feeWords(record: PageRecord, i18n: I18n, currency: CurrencyDisplay): string {
	if (record.listedFeeFen === 0) return i18n.t('compare_fee_free');
	if (record.listedFeeFen !== null) return formatMoney(record.listedFeeFen, currency);
	return record.listedFeeText ?? unknownWord(i18n);
}

/** As the page wrote it ("广东广州"), else the province's name. */
export function shipFromWords(record: PageRecord, i18n: I18n): string {
	if (record.shipFromText) return record.shipFromText;
	return record.shipFromProvince ? provinceName(record.shipFromProvince, i18n.lang) : unknownWord(i18n);
}

export function carrierWords(record: PageRecord, i18n: I18n): string {
	if (record.carrierId) return carrierName(record.carrierId, i18n.lang);
	return record.carrierText ?? unknownWord(i18n);
}

export function paymentWords(record: PageRecord, i18n: I18n): string {
	if (record.paymentBadges.length === 0) return unknownWord(i18n);
	return record.paymentBadges
		.map((badge) => (badge.id ? i18n.t(`payment_${badge.id}`) || badge.raw : badge.raw))
		.join(i18n.t('list_separator'));
}

export const moneyOrUnknown = (fen: number | null, i18n: I18n, currency: CurrencyDisplay) =>
	fen === null ? unknownWord(i18n) : formatMoney(fen, currency);

/** The name a row goes by in labels ("pin 小店"): the shop, else the title, else the key. */
export const rowName = (record: PageRecord) => record.shopName ?? record.title ?? record.key;

/** The facts of a row, in the order the pinned cards and the CSV show them, with their labels' message keys. */
const FACT_LABELS = {
	shop: 'compare_col_shop',
	platform: 'compare_col_platform',
	'page-type': 'compare_col_page_type',
	title: 'compare_col_title',
	price: 'compare_col_price',
	'listed-fee': 'compare_col_listed_fee',
	'ship-from': 'compare_col_ship_from',
	delivery: 'compare_col_delivery',
	carrier: 'compare_col_carrier',
	weight: 'compare_col_weight',
	payments: 'compare_col_payments',
	'your-cost': 'compare_col_your_cost',
	'their-cost': 'compare_col_their_cost',
	gap: 'compare_col_gap',
	change: 'compare_col_change',
	'first-seen': 'compare_col_first_seen',
	'last-seen': 'compare_col_last_seen',
	visits: 'compare_col_visits',
} as const;
type FactId = keyof typeof FACT_LABELS;
const FACT_IDS = Object.keys(FACT_LABELS) as FactId[];

export const factLabels = ({ t }: I18n): string[] => FACT_IDS.map((id) => t(FACT_LABELS[id]));

/** Every fact of a row as words, labelled. */
export function rowFacts(
	row: ComparedRow,
	i18n: I18n,
	currency: CurrencyDisplay,
): { id: FactId; label: string; value: string }[] {
	const { t } = i18n;
	const { record } = row;
	const text = (value: string | null) => value ?? unknownWord(i18n);
	const values: Record<FactId, string> = {
		shop: text(record.shopName),
		platform: t(`platform_${record.platform}`),
		'page-type': t(`pagetype_${record.pageType}`),
		title: text(record.title),
		price: moneyOrUnknown(record.priceFen, i18n, currency),
		'listed-fee': feeWords(record, i18n, currency),
		'ship-from': shipFromWords(record, i18n),
		delivery: text(record.deliveryPromise),
		carrier: carrierWords(record, i18n),
		weight: record.weightGrams === null ? unknownWord(i18n) : formatKg(record.weightGrams),
		payments: paymentWords(record, i18n),
		'your-cost': moneyOrUnknown(row.yourCostFen, i18n, currency),
		'their-cost': moneyOrUnknown(row.theirCostFen, i18n, currency),
		gap: reasonText(i18n, row.gap, currency),
		change: row.latestChange ? reasonText(i18n, row.latestChange, currency) : t('compare_no_change'),
		'first-seen': localDay(record.firstSeen),
		'last-seen': localDay(record.lastSeen),
		visits: String(record.visits),
	};
	return FACT_IDS.map((id) => ({ id, label: t(FACT_LABELS[id]), value: values[id] }));
}

/** The page a row links to: the item's own address (its id is in the query for Taobao, Tmall and PDD), else the stored one. */
export function pageLink(record: PageRecord): string | null {
	const id = encodeURIComponent(record.itemId ?? '');
	if (record.pageType === 'item' && id) {
		switch (record.platform) {
			case 'taobao':
				return `https://item.taobao.com/item.htm?id=${id}`;
			case 'tmall':
				return `https://detail.tmall.com/item.htm?id=${id}`;
			case 'jd':
				return `https://item.jd.com/${id}.html`;
			case 'pdd':
				return `https://mobile.yangkeduo.com/goods.html?goods_id=${id}`;
			case '1688':
				return `https://detail.1688.com/offer/${id}.html`;
		}
	}
	return /^https?:\/\//i.test(record.url) ? record.url : null;
}
