import { CONTRACT_FILE_FORMATS, type ContractFileFormat, type MerchantContract } from '../core/contract-model';
import { issue, located, type ValidationIssue } from '../core/issues';
import { fail, type Result } from '../core/result';
import { contractsFromCsv, contractsToCsv } from './contract-csv';
import { contractsFromJson, contractsToJson } from './contract-json';
import { decodeTextFile } from './text-decoding';

export type ContractFileResult = Result<MerchantContract[], ValidationIssue[]>;

/**
 * Largest contracts file read (25 MiB): an export of 10,000 contracts is about 16 MB of JSON. Checked on the file's
 * size before its bytes are read, so a 50 MB file is refused at once with this limit in the message.
 */
export const MAX_CONTRACT_FILE_BYTES = 25 * 1024 * 1024;

/** The format by the file name's extension, as the import input offers it; null for any other file. */
export function contractFileFormat(fileName: string): ContractFileFormat | null {
	const extension = /\.([a-z]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
	return CONTRACT_FILE_FORMATS.find((format) => format === extension) ?? null;
}

/** The issue for a file too large to read, or null. */
export function fileTooLarge(sizeBytes: number): ValidationIssue | null {
	return sizeBytes > MAX_CONTRACT_FILE_BYTES
		? issue('', 'file_too_large', { sizeBytes, maxBytes: MAX_CONTRACT_FILE_BYTES })
		: null;
}

/**
 * Reads a contracts file as the merchant chose it: the format from its name, the text from its bytes (UTF-8 with or
 * without BOM, or GB18030/GBK as Excel saves CSV on Chinese Windows), then every contract validated. `now` is the
 * import time, for CSV rows whose `updated_at` the merchant left empty. Any problem rejects the whole file.
 */
export function readContractFile(fileName: string, bytes: Uint8Array, now: string): ContractFileResult {
	const format = contractFileFormat(fileName);
	if (format === null) return fail([issue('', 'file_type')]);
	const tooLarge = fileTooLarge(bytes.byteLength);
	if (tooLarge) return fail([tooLarge]);
	const decoded = decodeTextFile(bytes);
	if (!decoded.ok) return fail([issue('', decoded.error === 'binary' ? 'file_binary' : 'file_encoding')]);
	return parseContractFile(format, decoded.value.text, now);
}

/** Reads a whole contracts file's text. Any problem rejects the file: the issues list every one, by row and column. */
export function parseContractFile(format: ContractFileFormat, text: string, now: string): ContractFileResult {
	const result = format === 'json' ? contractsFromJson(text) : contractsFromCsv(text, now);
	if (!result.ok) return result;
	const seen = new Set<string>();
	const duplicates = result.value.flatMap((contract, index) =>
		seen.size === seen.add(contract.id).size
			? [located(issue('id', 'duplicate_id', { value: contract.id }), { contract: index + 1 })]
			: [],
	);
	return duplicates.length ? fail(duplicates) : result;
}

export function serializeContracts(format: ContractFileFormat, contracts: readonly MerchantContract[]): string {
	return format === 'json' ? contractsToJson(contracts) : contractsToCsv(contracts);
}
