import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { readOrderExport } from '../../utils/files/order-export';

/**
 * The goal: 100,000 order rows import in ≤ 2 s (issue 9). One iteration = one whole file read: decode, find the
 * province column, count every row. Run:
 *   npx vitest bench --run tests/files/order-export.bench.ts --config vitest.config.ts
 */
const ROWS = 100_000;

/** A Qianniu-shaped export of `ROWS` orders, made of the fixture's own rows (GB18030 bytes) repeated. */
function gb18030Export(): Uint8Array {
	const file = readFileSync(join(__dirname, 'fixtures', 'orders-qianniu-gb18030.csv'));
	const lineBreak = Buffer.from('\r\n');
	const lines: Buffer[] = [];
	for (let start = 0; start < file.length; ) {
		const end = file.indexOf(lineBreak, start);
		lines.push(file.subarray(start, end + 2));
		start = end + 2;
	}
	const [header, ...body] = lines;
	const parts: Buffer[] = [header as Buffer];
	for (let i = 0; i < ROWS; i++) parts.push(body[i % body.length] as Buffer);
	return new Uint8Array(Buffer.concat(parts));
}

/** The same rows as UTF-8 with a BOM, the other encoding merchants send. */
function utf8Export(gb18030: Uint8Array): Uint8Array {
	const text = new TextDecoder('gb18030').decode(gb18030);
	return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
}

const gbBytes = gb18030Export();
const utf8Bytes = utf8Export(gbBytes);

function readAll(bytes: Uint8Array): void {
	const reading = readOrderExport(bytes);
	if (!reading.ok || reading.rowsRead !== ROWS)
		throw new Error(`expected ${ROWS} rows, got ${JSON.stringify(reading)}`);
}

describe(`order import: ${ROWS.toLocaleString('en')} rows (goal ≤ 2 s each)`, () => {
	bench(`GB18030, ${(gbBytes.length / 1e6).toFixed(1)} MB`, () => readAll(gbBytes), { iterations: 5, time: 0 });
	bench(`UTF-8 with BOM, ${(utf8Bytes.length / 1e6).toFixed(1)} MB`, () => readAll(utf8Bytes), {
		iterations: 5,
		time: 0,
	});
});
