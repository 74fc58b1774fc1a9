import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeCsvCell, unescapeCsvCell } from '../../utils/files/csv-cells';
import { decodeTextFile } from '../../utils/files/text-decoding';

const utf8 = (text: string) => new TextEncoder().encode(text);
// "中通快递,浙江省" in GB18030 (Excel's "CSV" on Chinese Windows), bytes written out so the test needs no encoder.
const GB18030_ZTO = new Uint8Array([
	0xd6, 0xd0, 0xcd, 0xa8, 0xbf, 0xec, 0xb5, 0xdd, 0x2c, 0xd5, 0xe3, 0xbd, 0xad, 0xca, 0xa1,
]);

describe('decodeTextFile', () => {
	it('reads UTF-8 without a BOM', () => {
		expect(decodeTextFile(utf8('中通,浙江'))).toEqual({
			ok: true,
			value: { text: '中通,浙江', encoding: 'utf-8', bom: false },
		});
	});

	it('reads UTF-8 with a BOM and drops the BOM', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('顺丰')]);
		expect(decodeTextFile(bytes)).toEqual({ ok: true, value: { text: '顺丰', encoding: 'utf-8', bom: true } });
	});

	it('reads GB18030/GBK as Excel saves it on Chinese Windows', () => {
		expect(decodeTextFile(GB18030_ZTO)).toEqual({
			ok: true,
			value: { text: '中通快递,浙江省', encoding: 'gb18030', bom: false },
		});
	});

	it('refuses a file with a UTF-8 BOM whose body is not UTF-8 instead of guessing', () => {
		expect(decodeTextFile(new Uint8Array([0xef, 0xbb, 0xbf, ...GB18030_ZTO]))).toEqual({
			ok: false,
			error: 'unknown_encoding',
		});
	});

	it('refuses binary files (a zip, as an .xlsx is)', () => {
		const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]);
		expect(decodeTextFile(zip)).toEqual({ ok: false, error: 'binary' });
	});

	it('refuses bytes that are neither UTF-8 nor GB18030', () => {
		// 0x80 and 0xFF are not lead bytes of any GB18030 sequence, and not UTF-8 either.
		expect(decodeTextFile(new Uint8Array([0x41, 0x80, 0x42, 0xff, 0x43]))).toEqual({
			ok: false,
			error: 'unknown_encoding',
		});
	});
});

describe('CSV cells for spreadsheets', () => {
	it('quotes every cell a spreadsheet would run as a formula', () => {
		for (const cell of ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tx', '\rx']) {
			expect(escapeCsvCell(cell)).toBe(`'${cell}`);
		}
	});

	it('leaves other cells alone', () => {
		for (const cell of ['中通 义乌年框', '12.50', "it's", "'quoted", '']) expect(escapeCsvCell(cell)).toBe(cell);
	});

	it('round-trips every text exactly', () => {
		fc.assert(fc.property(fc.string(), (text) => unescapeCsvCell(escapeCsvCell(text)) === text));
		for (const text of ["'=1", "''+2", "'-"]) expect(unescapeCsvCell(escapeCsvCell(text))).toBe(text);
	});
});
