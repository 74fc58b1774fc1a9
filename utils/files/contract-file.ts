import type { MerchantContract, ValidationIssue } from '../core/contract-model';
import { contractsFromCsv, contractsToCsv } from './contract-csv';
import { contractsFromJson, contractsToJson } from './contract-json';

export type ContractFileFormat = 'json' | 'csv';

export type ContractFileResult = { ok: true; contracts: MerchantContract[] } | { ok: false; issues: ValidationIssue[] };

/** Reads a whole contracts file. Any problem rejects the file: the issues list every one, by row and column. */
export function parseContractFile(format: ContractFileFormat, text: string): ContractFileResult {
	const result = format === 'json' ? contractsFromJson(text) : contractsFromCsv(text);
	if (!result.ok) return result;
	const seen = new Set<string>();
	const duplicates = result.contracts
		.filter((contract) => seen.size === seen.add(contract.id).size)
		.map((contract) => ({ path: `id ${contract.id}`, message: 'the same contract id appears twice in the file' }));
	return duplicates.length ? { ok: false, issues: duplicates } : result;
}

export function serializeContracts(format: ContractFileFormat, contracts: MerchantContract[]): string {
	return format === 'json' ? contractsToJson(contracts) : contractsToCsv(contracts);
}
