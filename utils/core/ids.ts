/** Identifiers shared by every layer. Pure data: no DOM, no browser APIs. */

export const PLATFORMS = ['taobao', 'tmall', 'jd', 'pdd', '1688'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Carrier ids of the estimation core. `best` is accepted on input as an alias of `jt` (J&T bought Best Express in 2021). */
export const CARRIER_IDS = ['jd', 'sf', 'zto', 'yto', 'sto', 'yunda', 'jt', 'ems', 'deppon', 'cainiao'] as const;
export type CarrierId = (typeof CARRIER_IDS)[number];

export const PAYMENT_METHOD_IDS = [
	'alipay',
	'wechat_pay',
	'jd_pay',
	'unionpay',
	'huabei',
	'credit_card',
	'jd_baitiao',
	'duoduo_pay',
] as const;
export type PaymentMethodId = (typeof PAYMENT_METHOD_IDS)[number];

/** Where the parcel is handed to the recipient. */
export const LAST_MILES = ['door', 'station', 'mixed'] as const;
export type LastMile = (typeof LAST_MILES)[number];

/** GB/T 2260 two-digit province code of mainland China, e.g. "33" Zhejiang, "65" Xinjiang. */
export type ProvinceCode = string;

/** Money is always an integer number of fen (1 yuan = 100 fen). */
export type Fen = number;

/** Names in the three UI languages. */
export interface LocalizedName {
	zh: string;
	en: string;
	vi: string;
}

/** A record with one value per carrier, built without casts (a missing carrier does not compile). */
export function byCarrier<T>(make: (carrier: CarrierId) => T): Record<CarrierId, T> {
	return {
		jd: make('jd'),
		sf: make('sf'),
		zto: make('zto'),
		yto: make('yto'),
		sto: make('sto'),
		yunda: make('yunda'),
		jt: make('jt'),
		ems: make('ems'),
		deppon: make('deppon'),
		cainiao: make('cainiao'),
	};
}

export function isCarrierId(value: unknown): value is CarrierId {
	return typeof value === 'string' && (CARRIER_IDS as readonly string[]).includes(value);
}
