// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MerchantContract } from '../../utils/core/contract-model';
import { parseContractFile, serializeContracts } from '../../utils/files/contract-file';

const examples = join(__dirname, '..', '..', 'public', 'examples');
const exampleJson = readFileSync(join(examples, 'contracts.example.json'), 'utf8');
const exampleCsv = readFileSync(join(examples, 'contracts.example.csv'), 'utf8');

function contractsOf(format: 'json' | 'csv', text: string): MerchantContract[] {
	const result = parseContractFile(format, text);
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	return result.contracts;
}

describe('contract files', () => {
	it('the shipped examples are valid and are twins', () => {
		const fromJson = contractsOf('json', exampleJson);
		expect(fromJson.map((c) => c.id)).toEqual(['example-zto-yiwu-2026', 'example-sf-wuxi-2026']);
		expect(contractsOf('csv', exampleCsv)).toEqual(fromJson);
		expect(exampleCsv).toBe(serializeContracts('csv', fromJson));
	});

	it('export → import round-trips exactly, in both formats', () => {
		const contracts = contractsOf('json', exampleJson);
		for (const format of ['json', 'csv'] as const) {
			expect(contractsOf(format, serializeContracts(format, contracts))).toEqual(contracts);
		}
	});

	it('round-trips names with commas, quotes, newlines and CJK text through CSV', () => {
		const [zto] = contractsOf('json', exampleJson);
		fc.assert(
			fc.property(fc.string({ minLength: 1, maxLength: 40 }), (name) => {
				fc.pre(name.trim().length > 0);
				const contract = { ...zto!, name };
				const back = parseContractFile('csv', serializeContracts('csv', [contract]));
				return back.ok && back.contracts[0]?.name === name;
			}),
		);
	});

	it('rejects a truncated JSON file as a whole', () => {
		const result = parseContractFile('json', exampleJson.slice(0, Math.floor(exampleJson.length * 0.6)));
		expect(result).toMatchObject({
			ok: false,
			issues: [{ path: '', message: expect.stringContaining('not valid JSON') }],
		});
	});

	it('lists every invalid JSON contract field with its path', () => {
		const document = JSON.parse(exampleJson);
		document.contracts[0].rates.bands[1].priceFen = -5;
		document.contracts[1].originProvinces = ['99'];
		const result = parseContractFile('json', JSON.stringify(document));
		expect(result.ok).toBe(false);
		const paths = result.ok ? [] : result.issues.map((issue) => issue.path);
		expect(paths).toContain('contracts[0].rates.bands[1].priceFen');
		expect(paths.some((path) => path.startsWith('contracts[1].originProvinces'))).toBe(true);
	});

	it('rejects foreign JSON documents', () => {
		for (const text of ['[]', '{"contracts":[]}', '{"format":"courier-lens/contracts","version":2,"contracts":[]}']) {
			expect(parseContractFile('json', text).ok).toBe(false);
		}
	});

	it('points CSV problems at the row and column the merchant typed', () => {
		const lines = exampleCsv.split('\r\n');
		const header = lines[0]!.replace(/^\uFEFF/, '').split(',');
		const cells = lines[3]!.split(',');
		cells[header.indexOf('price_yuan')] = 'abc';
		lines[3] = cells.join(',');
		const result = parseContractFile('csv', lines.join('\r\n'));
		expect(result.ok).toBe(false);
		expect(result.ok ? null : result.issues[0]).toEqual({
			path: 'row 4, column price_yuan',
			message: '"abc" is not a number with at most 2 decimals',
		});
	});

	it('maps validator problems to CSV cells (unsorted bands)', () => {
		const [zto] = contractsOf('json', exampleJson);
		const bands = [...zto!.rates.bands].reverse();
		const csv = serializeContracts('csv', [{ ...zto!, rates: { ...zto!.rates, bands } }]);
		const result = parseContractFile('csv', csv);
		expect(result.ok).toBe(false);
		expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toContainEqual(
			expect.stringMatching(/^row \d+, column max_kg$/),
		);
	});

	it('rejects CSV with missing columns, ragged rows, duplicate ids or no rows', () => {
		expect(parseContractFile('csv', 'contract_id,carrier\r\nx,zto\r\n')).toMatchObject({
			ok: false,
			issues: [{ path: 'row 1', message: expect.stringContaining('missing columns') }],
		});
		const lines = exampleCsv.split('\r\n');
		expect(parseContractFile('csv', [...lines.slice(0, 3), lines[3]!.slice(0, 30)].join('\r\n')).ok).toBe(false);
		expect(parseContractFile('csv', lines[0]!).ok).toBe(false);
		const json = JSON.parse(exampleJson);
		json.contracts[1].id = json.contracts[0].id;
		expect(parseContractFile('json', JSON.stringify(json))).toMatchObject({
			ok: false,
			issues: [{ message: expect.stringContaining('twice') }],
		});
	});

	it('a contract field that differs between rows of the same contract is reported', () => {
		const lines = exampleCsv.split('\r\n');
		lines[2] = lines[2]!.replace('中通 义乌年框 2026 (示例)', '中通 别的名字');
		const result = parseContractFile('csv', lines.join('\r\n'));
		expect(result).toMatchObject({ ok: false, issues: [{ path: 'row 3, column name' }] });
	});
});
