// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MerchantContract } from '../../utils/core/contract-model';
import { ISSUE_CODES, type ValidationIssue } from '../../utils/core/issues';
import {
	fileTooLarge,
	MAX_CONTRACT_FILE_BYTES,
	parseContractFile,
	readContractFile,
	serializeContracts,
} from '../../utils/files/contract-file';
import { encodeGb18030 } from '../helpers/gb18030';

const examples = join(__dirname, '..', '..', 'public', 'examples');
const exampleJson = readFileSync(join(examples, 'contracts.example.json'), 'utf8');
const exampleCsv = readFileSync(join(examples, 'contracts.example.csv'), 'utf8');
const NOW = '2026-03-01T10:00:00.000Z';

function contractsOf(format: 'json' | 'csv', text: string): MerchantContract[] {
	const result = parseContractFile(format, text, NOW);
	if (!result.ok) throw new Error(JSON.stringify(result.error));
	return result.value;
}

function issuesOf(format: 'json' | 'csv', text: string): ValidationIssue[] {
	const result = parseContractFile(format, text, NOW);
	if (result.ok) throw new Error('expected the file to be rejected');
	return result.error;
}

const [exampleZto, exampleSf] = contractsOf('json', exampleJson) as [MerchantContract, MerchantContract];

/** The example CSV's lines (header first), to edit one cell the way a merchant would. */
function csvLines(): string[][] {
	return exampleCsv
		.replace(/^\uFEFF/, '')
		.trimEnd()
		.split('\r\n')
		.map((line) => line.split(','));
}
const header = csvLines()[0] ?? [];
const column = (name: string) => header.indexOf(name);
function csvWith(edit: (lines: string[][]) => void): string {
	const lines = csvLines();
	edit(lines);
	return lines.map((cells) => cells.join(',')).join('\r\n');
}
function setCell(lines: string[][], row: number, name: string, value: string): void {
	const line = lines[row - 1];
	if (line) line[column(name)] = value;
}

describe('contract files', () => {
	it('the shipped examples are valid and are twins', () => {
		expect([exampleZto.id, exampleSf.id]).toEqual(['example-zto-yiwu-2026', 'example-sf-wuxi-2026']);
		expect(contractsOf('csv', exampleCsv)).toEqual([exampleZto, exampleSf]);
		expect(exampleCsv).toBe(serializeContracts('csv', [exampleZto, exampleSf]));
	});

	it('export → import round-trips exactly, in both formats', () => {
		for (const format of ['json', 'csv'] as const) {
			expect(contractsOf(format, serializeContracts(format, [exampleZto, exampleSf]))).toEqual([exampleZto, exampleSf]);
		}
	});

	it('round-trips any name through CSV, formula-like ones included, and never writes a cell that runs as a formula', () => {
		const text = fc.oneof(
			fc.string({ minLength: 1, maxLength: 40 }),
			fc
				.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", "''="), fc.string({ maxLength: 20 }))
				.map(([lead, rest]) => lead + rest),
		);
		fc.assert(
			fc.property(text, (name) => {
				const csv = serializeContracts('csv', [{ ...exampleZto, name }]);
				const back = parseContractFile('csv', csv, NOW);
				expect(back.ok && back.value[0]?.name).toBe(name);
			}),
		);
	});

	it('writes a hostile name as text for Excel (a leading quote) and reads it back exactly', () => {
		const name = '=HYPERLINK("https://evil.example","点我")';
		const csv = serializeContracts('csv', [{ ...exampleZto, name }]);
		expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""点我"")"`);
		expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
		expect(contractsOf('csv', csv)[0]?.name).toBe(name);
	});

	it('rejects a truncated JSON file as a whole, with a code', () => {
		expect(issuesOf('json', exampleJson.slice(0, Math.floor(exampleJson.length * 0.6)))).toEqual([
			{ path: '', code: 'json_syntax', params: {} },
		]);
	});

	it('lists every invalid JSON contract field with the contract number and its path', () => {
		const document = JSON.parse(exampleJson);
		document.contracts[0].rates.bands[1].priceFen = -5;
		document.contracts[1].originProvinces = ['99'];
		const issues = issuesOf('json', JSON.stringify(document));
		expect(issues).toContainEqual({
			path: 'rates.bands[1].priceFen',
			code: 'money_out_of_range',
			params: { maxFen: 100_000_000 },
			at: { contract: 1 },
		});
		expect(issues).toContainEqual({
			path: 'originProvinces[0]',
			code: 'province_unknown',
			params: { value: '99' },
			at: { contract: 2 },
		});
	});

	it('rejects foreign JSON documents', () => {
		for (const text of ['[]', '{"contracts":[]}', '{"format":"courier-lens/contracts","version":2,"contracts":[]}']) {
			expect(parseContractFile('json', text, NOW).ok).toBe(false);
		}
	});

	it('points CSV problems at the row and column the merchant typed, as a code with the text and no sentence', () => {
		const issues = issuesOf(
			'csv',
			csvWith((lines) => setCell(lines, 4, 'price_yuan', 'abc')),
		);
		expect(issues).toEqual([
			{ path: 'priceFen', code: 'yuan_invalid', params: { value: 'abc' }, at: { row: 4, column: 'price_yuan' } },
		]);
	});

	it('maps validator problems to CSV cells (unsorted bands)', () => {
		const bands = [...exampleZto.rates.bands].reverse();
		const csv = serializeContracts('csv', [{ ...exampleZto, rates: { ...exampleZto.rates, bands } }]);
		expect(issuesOf('csv', csv)).toContainEqual(
			expect.objectContaining({ code: 'bands_unsorted', at: { row: expect.any(Number), column: 'max_kg' } }),
		);
	});

	it('rejects CSV with missing columns, ragged rows, duplicate ids or no rows', () => {
		expect(issuesOf('csv', 'contract_id,carrier\r\nx,zto\r\n')).toEqual([
			expect.objectContaining({ code: 'csv_missing_columns', at: { row: 1 } }),
		]);
		const lines = exampleCsv.split('\r\n');
		expect(parseContractFile('csv', [...lines.slice(0, 3), lines[3]!.slice(0, 30)].join('\r\n'), NOW).ok).toBe(false);
		expect(issuesOf('csv', lines[0]!)).toEqual([expect.objectContaining({ code: 'csv_no_rows' })]);
		const json = JSON.parse(exampleJson);
		json.contracts[1].id = json.contracts[0].id;
		expect(issuesOf('json', JSON.stringify(json))).toEqual([
			expect.objectContaining({ code: 'duplicate_id', params: { value: 'example-zto-yiwu-2026' } }),
		]);
	});

	it('a contract field that differs between rows of the same contract is reported', () => {
		const issues = issuesOf(
			'csv',
			csvWith((lines) => setCell(lines, 3, 'name', '中通别的名字')),
		);
		expect(issues).toEqual([
			{ path: 'name', code: 'csv_row_conflict', params: { firstRow: 2 }, at: { row: 3, column: 'name' } },
		]);
	});

	it('every issue a rejected file produces is a known code', () => {
		const broken = csvWith((lines) => {
			setCell(lines, 2, 'carrier', 'dhl');
			setCell(lines, 4, 'max_kg', 'x');
			setCell(lines, 6, 'scope', 'somewhere');
			setCell(lines, 7, 'rule', 'flat');
		});
		for (const found of issuesOf('csv', broken)) {
			expect(ISSUE_CODES).toContain(found.code);
			expect(found).not.toHaveProperty('message');
		}
	});
});

describe('what merchants type in a spreadsheet', () => {
	it('accepts dates 2026/1/5 and 2026-1-5, carriers and provinces by name, and money with ¥, 元 or a full-width comma', () => {
		const csv = csvWith((lines) => {
			for (let row = 2; row <= 9; row++) {
				setCell(lines, row, 'valid_from', '2026/1/5');
				setCell(lines, row, 'valid_to', '2026-12-3');
				setCell(lines, row, 'carrier', '中通快递');
				setCell(lines, row, 'origin_provinces', '浙江；内蒙古');
				setCell(lines, row, 'monthly_volume', '"30，000"');
			}
			setCell(lines, 2, 'first_yuan', '¥2.20');
			setCell(lines, 3, 'price_yuan', '1.8元');
			setCell(lines, 9, 'scope', 'province:西藏');
			for (let row = 10; row <= 14; row++) setCell(lines, row, 'carrier', 'SF');
		});
		const [zto, sf] = contractsOf('csv', csv) as [MerchantContract, MerchantContract];
		expect(zto).toEqual({
			...exampleZto,
			validFrom: '2026-01-05',
			validTo: '2026-12-03',
			originProvinces: ['33', '15'],
		});
		expect(sf.carrier).toBe('sf');
	});

	it.each([
		['中通', 'zto'],
		['中通快递', 'zto'],
		['ZTO', 'zto'],
		['百世', 'jt'],
		['best', 'jt'],
		['顺丰速运', 'sf'],
		['京东物流', 'jd'],
		['邮政EMS', 'ems'],
	])('reads the carrier %s as %s', (name, id) => {
		const csv = csvWith((lines) => {
			for (let row = 2; row <= 9; row++) setCell(lines, row, 'carrier', name);
		});
		expect(contractsOf('csv', csv)[0]?.carrier).toBe(id);
	});

	it('says what to type instead when a value is still not readable', () => {
		const issues = issuesOf(
			'csv',
			csvWith((lines) => {
				for (let row = 2; row <= 9; row++) {
					setCell(lines, row, 'carrier', 'DHL');
					setCell(lines, row, 'valid_from', '2026/2/30');
					setCell(lines, row, 'origin_provinces', '浙江;火星');
				}
			}),
		);
		expect(issues).toEqual(
			expect.arrayContaining([
				expect.objectContaining({
					code: 'carrier_unknown',
					params: { value: 'DHL' },
					at: { row: 2, column: 'carrier' },
				}),
				expect.objectContaining({
					code: 'date_invalid',
					params: { value: '2026/2/30' },
					at: { row: 2, column: 'valid_from' },
				}),
				expect.objectContaining({
					code: 'province_unknown',
					params: { value: '火星' },
					at: { row: 2, column: 'origin_provinces' },
				}),
			]),
		);
		// One problem per cell: the validator does not report again what the reader already did.
		const cells = issues.map((found) => `${found.at?.row}:${found.at?.column}`);
		expect(new Set(cells).size).toBe(cells.length);
	});

	it('takes an empty updated_at as the import time, and refuses a timestamp that is not ISO', () => {
		const emptied = csvWith((lines) => {
			for (let row = 2; row <= 9; row++) setCell(lines, row, 'updated_at', '');
		});
		expect(contractsOf('csv', emptied)[0]?.updatedAt).toBe(NOW);
		const loose = csvWith((lines) => {
			for (let row = 2; row <= 9; row++) setCell(lines, row, 'updated_at', '"March 5, 2026"');
		});
		expect(issuesOf('csv', loose)).toContainEqual(
			expect.objectContaining({ code: 'timestamp_invalid', at: { row: 2, column: 'updated_at' } }),
		);
	});

	it('reports scope rows zone:__proto__ and province:__proto__ instead of dropping them, and zone:constructor at the scope column', () => {
		for (const scope of ['zone:__proto__', 'province:__proto__', 'zone:constructor']) {
			const issues = issuesOf(
				'csv',
				csvWith((lines) => setCell(lines, 7, 'scope', scope)),
			);
			expect(issues).toEqual([
				expect.objectContaining({
					code: scope.startsWith('zone') ? 'zone_unknown' : 'province_unknown',
					params: { value: scope.split(':')[1] },
					at: { row: 7, column: 'scope' },
				}),
			]);
		}
	});

	it('rejects weights in an implausible unit with the kg/g hint (a 1 g step, a 1,000 kg first weight)', () => {
		const step = issuesOf(
			'csv',
			csvWith((lines) => setCell(lines, 2, 'extra_step_kg', '0.001')),
		);
		expect(step).toEqual([
			{
				path: 'rates.extraStepGrams',
				code: 'weight_unit_suspect',
				params: { grams: 1, minGrams: 100, maxGrams: 100_000 },
				at: { row: 2, column: 'extra_step_kg' },
			},
		]);
		const first = issuesOf(
			'csv',
			csvWith((lines) => setCell(lines, 2, 'first_kg', '1000')),
		);
		expect(first).toContainEqual(
			expect.objectContaining({ code: 'weight_unit_suspect', params: expect.objectContaining({ grams: 1_000_000 }) }),
		);
	});
});

describe('files as Excel and WPS save them', () => {
	it('imports the example CSV saved as GBK with its Chinese names intact', () => {
		const bytes = encodeGb18030(exampleCsv.replace(/^\uFEFF/, ''));
		const result = readContractFile('合同.csv', bytes, NOW);
		expect(result.ok && result.value.map((contract) => contract.name)).toEqual([exampleZto.name, exampleSf.name]);
	});

	it('imports UTF-8 with and without a BOM alike', () => {
		const utf8 = new TextEncoder().encode(exampleCsv.replace(/^\uFEFF/, ''));
		for (const bytes of [utf8, new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])]) {
			expect(readContractFile('contracts.CSV', bytes, NOW)).toEqual({ ok: true, value: [exampleZto, exampleSf] });
		}
	});

	it('rejects bytes that are neither UTF-8 nor GB18030 with the "save as CSV UTF-8" code, and an xlsx as binary', () => {
		expect(readContractFile('a.csv', new Uint8Array([0x41, 0x80, 0x42, 0xff, 0x43]), NOW)).toEqual({
			ok: false,
			error: [{ path: '', code: 'file_encoding', params: {} }],
		});
		const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]);
		expect(readContractFile('a.csv', zip, NOW)).toEqual({
			ok: false,
			error: [{ path: '', code: 'file_binary', params: {} }],
		});
		expect(readContractFile('a.xlsx', new Uint8Array(), NOW)).toEqual({
			ok: false,
			error: [{ path: '', code: 'file_type', params: {} }],
		});
	});

	it('refuses a 50 MB file by its size, naming the limit', () => {
		expect(fileTooLarge(50 * 1024 * 1024)).toEqual({
			path: '',
			code: 'file_too_large',
			params: { sizeBytes: 50 * 1024 * 1024, maxBytes: MAX_CONTRACT_FILE_BYTES },
		});
		expect(fileTooLarge(MAX_CONTRACT_FILE_BYTES)).toBeNull();
	});
});
