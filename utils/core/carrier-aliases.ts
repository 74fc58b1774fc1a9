import { type CarrierId, isCarrierId } from './ids';

/**
 * Every other way a merchant names a carrier in a file: short and full Chinese names, English names, and Best
 * (百世, `best`), whose China express business J&T bought in 2021 (S44). Keys are compared in lower case.
 */
const CARRIER_ALIASES: Readonly<Record<CarrierId, readonly string[]>> = {
	jd: ['京东', '京东快递', '京东物流', 'jd logistics', 'jd express'],
	sf: ['顺丰', '顺丰速运', '顺丰快递', 'sf express'],
	zto: ['中通', '中通快递', 'zto express'],
	yto: ['圆通', '圆通速递', '圆通快递', 'yto express'],
	sto: ['申通', '申通快递', 'sto express'],
	yunda: ['韵达', '韵达速递', '韵达快递', 'yunda express'],
	jt: [
		'极兔',
		'极兔速递',
		'极兔快递',
		'j&t',
		'j&t express',
		'jnt',
		'百世',
		'百世快递',
		'百世汇通',
		'汇通',
		'best',
		'best express',
	],
	ems: ['邮政', '中国邮政', '邮政ems', '中国邮政ems', 'china post'],
	deppon: ['德邦', '德邦快递', '德邦物流', 'deppon express'],
	cainiao: ['菜鸟', '菜鸟速递', '菜鸟快递', 'cainiao express'],
};

const CARRIER_BY_NAME: ReadonlyMap<string, CarrierId> = new Map(
	Object.entries(CARRIER_ALIASES).flatMap(([id, aliases]) =>
		isCarrierId(id) ? [id, ...aliases].map((alias): [string, CarrierId] => [alias, id]) : [],
	),
);

/** A carrier as a merchant names it in a file, whole: `zto`, `ZTO`, `中通`, `中通快递`, `百世` → jt. Null when none. */
export function carrierFromName(text: string): CarrierId | null {
	return CARRIER_BY_NAME.get(text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()) ?? null;
}
