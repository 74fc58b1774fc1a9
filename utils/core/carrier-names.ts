import type { CarrierId, LocalizedName } from './ids';

/**
 * Carrier names and the words listings use for them. Kept apart from the carrier catalogue (with its
 * provenance notes) because the content script needs only these, and every byte there is paid per page view.
 */
export const CARRIER_NAMES: Readonly<Record<CarrierId, LocalizedName>> = {
	jd: { zh: '京东快递', en: 'JD Logistics', vi: 'JD Logistics (Kinh Đông)' },
	sf: { zh: '顺丰速运', en: 'SF Express', vi: 'SF Express (Thuận Phong)' },
	zto: { zh: '中通快递', en: 'ZTO Express', vi: 'ZTO Express (Trung Thông)' },
	yto: { zh: '圆通速递', en: 'YTO Express', vi: 'YTO Express (Viên Thông)' },
	sto: { zh: '申通快递', en: 'STO Express', vi: 'STO Express (Thân Thông)' },
	yunda: { zh: '韵达速递', en: 'Yunda Express', vi: 'Yunda Express (Vận Đạt)' },
	jt: { zh: '极兔速递', en: 'J&T Express', vi: 'J&T Express (Cực Thố)' },
	ems: { zh: '中国邮政 EMS', en: 'China Post / EMS', vi: 'Bưu chính Trung Quốc / EMS' },
	deppon: { zh: '德邦快递', en: 'Deppon Express', vi: 'Deppon Express (Đức Bang)' },
	cainiao: { zh: '菜鸟速递', en: 'Cainiao Express', vi: 'Cainiao Express (Thái Điểu)' },
};

/** Listing words → carrier. Chinese names plus the few Latin ones listings print (EMS, J&T), matched case-sensitively. */
const LISTING_WORDS: readonly (readonly [string, CarrierId])[] = [
	['京东', 'jd'],
	['顺丰', 'sf'],
	['中通', 'zto'],
	['圆通', 'yto'],
	['申通', 'sto'],
	['韵达', 'yunda'],
	['极兔', 'jt'],
	['百世', 'jt'],
	['汇通', 'jt'],
	['EMS', 'ems'],
	['邮政', 'ems'],
	['德邦', 'deppon'],
	['菜鸟', 'cainiao'],
	['J&T', 'jt'],
	['SF Express', 'sf'],
];

/** Carrier named by a listing's delivery text ("快递: 中通", "京东物流"); null for generic 快递/物流 or unknown names. */
export function carrierFromListingText(text: string): CarrierId | null {
	let found: CarrierId | null = null;
	let foundAt = Number.POSITIVE_INFINITY;
	// The earliest mention wins ("顺丰/中通" names SF first).
	for (const [word, id] of LISTING_WORDS) {
		const at = text.indexOf(word);
		if (at >= 0 && at < foundAt) {
			found = id;
			foundAt = at;
		}
	}
	return found;
}
