// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOrderExport } from '../../utils/files/order-export';

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, 'fixtures', name)));

/** The same shape as the acceptance tool's file: 200 rows, one in 40 with no province (5 in all). */
function contractCheckOrders(): string {
	const places = [
		'新疆维吾尔自治区乌鲁木齐市天山区解放北路',
		'西藏自治区拉萨市城关区林廓北路',
		'广西壮族自治区南宁市青秀区民族大道',
		'内蒙古自治区呼和浩特市新城区新华大街',
		'北京市朝阳区建国路',
		'浙江省杭州市西湖区文三路',
		'广东省深圳市南山区科技园路',
		'四川省成都市武侯区人民南路',
		'上海市浦东新区世纪大道',
		'江苏省南京市鼓楼区中山路',
		'湖北省武汉市洪山区珞喻路',
		'宁夏回族自治区银川市兴庆区解放西街',
	];
	const nowhere = ['到店自提', '见买家留言', '地址待买家补充', '虚拟商品无需收货', '同上'];
	const lines = ['订单编号,买家昵称,收货地址,实付金额'];
	for (let i = 0, k = 0; i < 200; i++) {
		const address =
			i % 40 === 17
				? (nowhere[Math.floor(i / 40)] ?? '')
				: `${places[k % places.length]}${k + 1}号${k % 9 === 4 ? `,${(k % 5) + 1}栋"东门"` : ''}`;
		if (i % 40 !== 17) k++;
		const cell = /[",]/.test(address) ? `"${address.replace(/"/g, '""')}"` : address;
		lines.push([`38${String(i).padStart(17, '0')}`, `小明${i}`, cell, (9.9 + (i % 37)).toFixed(2)].join(','));
	}
	return `${lines.join('\r\n')}\r\n`;
}

describe('readOrderExport', () => {
	it('reads a GB18030 Qianniu export: finds the address column, counts provinces, lists rows it could not place', () => {
		const reading = readOrderExport(fixture('orders-qianniu-gb18030.csv'));
		if (!reading.ok) throw new Error(reading.code);
		expect(reading).toMatchObject({ encoding: 'gb18030', rowsRead: 60, rowsPlaced: 56 });
		expect(reading.column).toEqual({ index: 5, header: '收货地址' });
		expect(reading.counts).toEqual({ '11': 7, '15': 7, '31': 6, '33': 8, '44': 7, '45': 6, '51': 7, '65': 8 });
		// Spreadsheet rows: the header is row 1, so order i is row i + 2.
		expect(reading.unplaced).toEqual([
			{ row: 11, text: '到店自提' },
			{ row: 25, text: '' },
			{ row: 39, text: '见买家留言' },
			{ row: 53, text: '北京路12号' },
		]);
	});

	it.each([
		['UTF-8', utf8],
		['UTF-8 with BOM', withBom],
	])('reads the acceptance tool’s order file as %s: 200 rows, 195 placed', (_name, encode) => {
		const reading = readOrderExport(encode(contractCheckOrders()));
		if (!reading.ok) throw new Error(reading.code);
		expect(reading).toMatchObject({ encoding: 'utf-8', rowsRead: 200, rowsPlaced: 195 });
		expect(reading.column.header).toBe('收货地址');
		expect(reading.counts['65']).toBeGreaterThan(0);
		expect(reading.unplaced.map((row) => row.text)).toEqual([
			'到店自提',
			'见买家留言',
			'地址待买家补充',
			'虚拟商品无需收货',
			'同上',
		]);
	});

	it('uses a separate province column (JD and PDD exports) and reads files without a header', () => {
		const jd = readOrderExport(
			withBom(
				'订单号,省,市,详细地址\n1001,浙江,杭州市,西湖区文三路\n1002,新疆,乌鲁木齐市,天山区\n1003,广东,深圳市,南山区\n',
			),
		);
		expect(jd).toMatchObject({ ok: true, rowsRead: 3, rowsPlaced: 3, counts: { '33': 1, '65': 1, '44': 1 } });
		const headless = readOrderExport(utf8('1,浙江省杭州市\n2,广东省广州市\n3,同上\n'));
		expect(headless).toMatchObject({ ok: true, rowsRead: 3, rowsPlaced: 2, column: { index: 1, header: null } });
	});

	it('prefers the column that places most rows over a nickname column that sometimes looks like a place', () => {
		const reading = readOrderExport(
			utf8('昵称,收货地址\n上海小王,浙江省杭州市\n小李,广东省广州市\n北京老张,四川省成都市\n小赵,湖南省长沙市\n'),
		);
		expect(reading).toMatchObject({
			ok: true,
			rowsPlaced: 4,
			column: { index: 1 },
			counts: { '33': 1, '44': 1, '51': 1, '43': 1 },
		});
	});

	it('keeps nothing personal: the reading holds counts and the unplaced address cells, no name or phone', () => {
		const reading = readOrderExport(fixture('orders-qianniu-gb18030.csv'));
		const text = JSON.stringify(reading);
		expect(text).not.toMatch(/收件人|买家0|1380000/);
	});

	it('refuses what it cannot read, saying why', () => {
		// 0xFF is valid in neither UTF-8 nor GB18030.
		expect(readOrderExport(new Uint8Array([0x41, 0xff, 0x41, 0x2c, 0x42, 0x0a]))).toEqual({
			ok: false,
			code: 'unknown_encoding',
		});
		// A PNG header (an image, or an .xlsx zip) is not text.
		expect(readOrderExport(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toEqual({
			ok: false,
			code: 'binary',
		});
		expect(readOrderExport(utf8(''))).toEqual({ ok: false, code: 'empty' });
		expect(readOrderExport(utf8('\r\n\r\n'))).toEqual({ ok: false, code: 'empty' });
		expect(readOrderExport(utf8('订单号,金额\n1,9.90\n2,19.90\n'))).toEqual({ ok: false, code: 'no_province_column' });
		// Half the rows or fewer: not "most rows".
		expect(readOrderExport(utf8('地址\n浙江杭州\n同上\n'))).toEqual({ ok: false, code: 'no_province_column' });
	});

	it('finds the column on the first 500 rows and still counts every later row', () => {
		const lines = ['订单号,收货地址'];
		for (let i = 0; i < 1200; i++) lines.push(`${i},${i % 2 ? '浙江省杭州市' : '广东省广州市'}`);
		lines.push('1200,同上');
		const reading = readOrderExport(utf8(lines.join('\n')));
		expect(reading).toMatchObject({ ok: true, rowsRead: 1201, rowsPlaced: 1200, counts: { '33': 600, '44': 600 } });
		if (reading.ok) expect(reading.unplaced).toEqual([{ row: 1202, text: '同上' }]);
	});
});
