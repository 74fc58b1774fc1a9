import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';

/** The example import files the build ships (public/examples → <build>/examples). */
export function exampleContractFile(buildDir: string, format: 'json' | 'csv'): string {
	const file = path.join(buildDir, 'examples', `contracts.example.${format}`);
	if (!fs.existsSync(file)) throw new Error(`The build ships no ${path.relative(buildDir, file)} (public/examples/)`);
	return file;
}

export interface ContractScope {
	carrier: string;
	/** Origin province codes the contract covers; empty = any origin. */
	originProvinces: string[];
}

/** Each contract's carrier and origins: JSON objects with a `carrier`, or CSV rows (`carrier`, `origin_provinces`). */
export function contractsInFile(file: string): ContractScope[] {
	const text = fs.readFileSync(file, 'utf8');
	const scopes: ContractScope[] = [];
	if (file.endsWith('.json')) {
		const visit = (node: unknown): void => {
			if (Array.isArray(node)) node.forEach(visit);
			else if (node && typeof node === 'object') {
				const { carrier, originProvinces } = node as { carrier?: unknown; originProvinces?: unknown };
				if (typeof carrier === 'string') {
					scopes.push({ carrier, originProvinces: Array.isArray(originProvinces) ? originProvinces.map(String) : [] });
				} else Object.values(node).forEach(visit);
			}
		};
		visit(JSON.parse(text));
	} else {
		const [header = [], ...rows] = csvLines(text);
		const carrier = header.indexOf('carrier');
		const origins = header.indexOf('origin_provinces');
		for (const row of rows) {
			const id = row[carrier];
			if (carrier >= 0 && id)
				scopes.push({ carrier: id, originProvinces: (row[origins] ?? '').split(';').filter(Boolean) });
		}
	}
	return scopes;
}

/** A JSON import cut off mid-way: never valid JSON. */
export function writeTruncatedJson(source: string, outDir: string): string {
	const text = fs.readFileSync(source, 'utf8');
	const file = path.join(outDir, 'contracts.truncated.json');
	fs.writeFileSync(file, text.slice(0, Math.floor(text.length * 0.6)));
	return file;
}

/**
 * The example CSV plus one more row that copies its first contract row but names a carrier that does not
 * exist: every other row is valid, so applying any of them would break all-or-nothing.
 */
export function writeCsvWithInvalidRow(source: string, outDir: string): string {
	const text = fs.readFileSync(source, 'utf8').replace(/\s+$/, '');
	const [header, first] = csvLines(text);
	if (!header || !first) throw new Error(`${source} has no data row`);
	const column = Math.max(
		0,
		header.findIndex((h) => /^carrier$/i.test(h)),
	);
	const bad = [...first];
	bad[column] = 'no-such-carrier';
	const file = path.join(outDir, 'contracts.invalid-row.csv');
	// The file's own line ending: a row ending differently would be a malformed row, not an invalid carrier.
	const newline = text.includes('\r\n') ? '\r\n' : '\n';
	fs.writeFileSync(file, `${text}${newline}${Papa.unparse([bad], { newline })}${newline}`);
	return file;
}

const csvLines = (text: string): string[][] =>
	Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.map((row) =>
		row.map((field) => field.trim()),
	);
