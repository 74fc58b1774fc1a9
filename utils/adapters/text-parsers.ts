/** Parsers for the text marketplaces display. Pure string → value; null whenever the text does not say. */
import { carrierFromListingText } from '../core/carrier-names';
import { parseProvince } from '../core/geography';
import type { CarrierId, Fen, PaymentMethodId, ProvinceCode } from '../core/ids';
import { yuanTextToFen } from '../core/money';
import { MAX_FACT_FEN, MAX_FACT_GRAMS } from '../core/page-facts';

/** Collapses whitespace (incl. U+3000 and nbsp), drops bidi and zero-width controls, trims. */
export function clean(text: string | null | undefined): string {
	if (!text) return '';
	return text
		.replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
		.replace(/[\s\u3000]+/g, ' ')
		.trim();
}

/** Same, but null for empty text. */
export const cleanOrNull = (text: string | null | undefined): string | null => clean(text) || null;

/** Fen of a plain yuan amount ("10.01"), null when it is not one or is beyond what a fact may carry. */
function amountFen(text: string): Fen | null {
	const fen = yuanTextToFen(text);
	return fen !== null && fen <= MAX_FACT_FEN ? fen : null;
}

/**
 * "￥ 10.01" → {text "10.01", fen 1001}; a range "¥29.90-39.90" keeps its lowest end. Rejects placeholders
 * (".00", "", "--") and zero: a price the page has not filled is unknown, never 0.
 */
export function parsePrice(text: string | null | undefined): { text: string; fen: Fen } | null {
	const t = clean(text).replace(/[¥￥,\s]|元|RMB|CNY/g, '');
	const parts = t.split(/[-~～—–至]/);
	if (parts.length > 2) return null;
	let best: { text: string; fen: Fen } | null = null;
	for (const p of parts) {
		const fen = amountFen(p);
		if (fen === null) return null;
		if (!best || fen < best.fen) best = { text: p, fen };
	}
	return best && best.fen > 0 ? best : null;
}

const FREE = /包邮|免运费|免邮|卖家承担运费/;
// A threshold or a from-price: the number is not the fee for this order.
const CONDITIONAL = /满|免基础运费|\d\s*元\s*(?:以上)?免|起|以上|不包邮|部分地区/;
const FEE_AMOUNT = /(?:[¥￥]|(?:快递|EMS|平邮|运费|邮费|物流|配送|快运)\s*[:：]?)\s*(\d+(?:\.\d{1,2})?)/;

/**
 * Shipping fee as listed. "快递 ￥10.00" → 1000; "免运费" / "包邮" / "快递: 0.00" → 0;
 * "99元免基础运费(20kg内)" or "运费 ¥7 起" → fen null (a threshold or from-price, not this order's fee).
 */
export function parseShippingFee(text: string | null | undefined): { raw: string; fen: Fen | null } | null {
	const raw = clean(text);
	if (!raw) return null;
	if (CONDITIONAL.test(raw)) return { raw, fen: null };
	if (FREE.test(raw)) return { raw, fen: 0 };
	const m = FEE_AMOUNT.exec(raw);
	return { raw, fen: m?.[1] ? amountFen(m[1]) : null };
}

/** Does this text read like a shipping-fee statement (as opposed to a promise or a tag)? */
export const looksLikeFee = (text: string): boolean =>
	FREE.test(text) || /运费|邮费|[¥￥]\s*\d|^(?:快递|EMS|平邮)\s*[:：]/.test(text);
/** Does this text read like a delivery promise ("48小时发货", "预计明天送达")? */
export const looksLikePromise = (text: string): boolean =>
	/发货|送达|到货|小时内|天内/.test(text) && !looksLikeFee(text);

const UNIT_GRAMS: Record<string, number> = { kg: 1000, 公斤: 1000, 千克: 1000, g: 1, 克: 1, 斤: 500 };

/** "2.93kg" → 2930 g; "商品毛重：15.6kg"; "重量(g) 60" → {raw "60g", 60}. Null when no positive weight is stated. */
export function parseWeight(text: string | null | undefined): { raw: string; grams: number } | null {
	const t = clean(text);
	let num: string | undefined;
	let unit: string | undefined;
	const labelled = /重量?\s*[(（]\s*(kg|g|克|千克|公斤)\s*[)）]\s*[:：]?\s*(\d+(?:\.\d+)?)/i.exec(t);
	if (labelled) [, unit, num] = labelled;
	else {
		// Lower-case g only: "2G+16G" on an electronics title is memory, not weight.
		const m = /(\d+(?:\.\d+)?)\s*(kg|KG|Kg|公斤|千克|g|克|斤)(?![a-zA-Z])/.exec(t);
		if (m) [, num, unit] = m;
	}
	if (!num || !unit) return null;
	const factor = UNIT_GRAMS[unit.toLowerCase()];
	// Rounded to whole grams, so float noise (2.93 × 1000) cannot matter; a 400-digit number is Infinity, refused.
	const grams = factor ? Math.round(Number(num) * factor) : 0;
	return grams > 0 && grams <= MAX_FACT_GRAMS ? { raw: `${num}${unit}`, grams } : null;
}

const PAYMENT_WORDS: readonly (readonly [RegExp, PaymentMethodId])[] = [
	[/花呗/, 'huabei'],
	[/白条/, 'jd_baitiao'],
	[/信用卡/, 'credit_card'],
	[/微信/, 'wechat_pay'],
	[/支付宝/, 'alipay'],
	[/京东支付/, 'jd_pay'],
	[/银联|云闪付/, 'unionpay'],
	[/多多支付/, 'duoduo_pay'],
];

/** A payment badge as shown and its core id when one exists (集分宝 → id null, raw kept). */
export function paymentBadge(text: string): { raw: string; id: PaymentMethodId | null } | null {
	const raw = clean(text);
	if (!raw) return null;
	return { raw, id: PAYMENT_WORDS.find(([re]) => re.test(raw))?.[1] ?? null };
}

/** Ship-from as displayed ("广东广州 至" → "广东广州") and the province it names. */
export function parseShipFrom(text: string | null | undefined): { raw: string; province: ProvinceCode | null } | null {
	const raw = clean(text)
		.replace(/^(?:发货地|发货|产地)\s*[:：]?\s*/, '')
		.replace(/\s*(?:至|发货)$/, '');
	return raw ? { raw, province: parseProvince(raw) } : null;
}

// Explicit carrier names only: a bare 京东 ("由 京东 发货") names the seller, generic 快递/物流 names nobody.
const CARRIER_WORD =
	/京东(?:物流|快递)|顺丰(?:速运|快递)?|EMS|中国邮政|邮政(?:快递|小包)?|(?:中通|圆通|申通|韵达|极兔|百世|德邦|菜鸟)(?:快递|速递|物流)?/;

/** The carrier a text names ("京东物流", "EMS: 10.00" → "EMS") and its core id. */
export function parseCarrier(text: string | null | undefined): { raw: string; id: CarrierId | null } | null {
	const m = CARRIER_WORD.exec(clean(text));
	return m ? { raw: m[0], id: carrierFromListingText(m[0]) } : null;
}
