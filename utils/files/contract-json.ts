import type { MerchantContract } from '../core/contract-model';
import { parseContract } from '../core/contract-validation';
import type { ContractFileResult } from './contract-file';

/** Marks a file as ours, with a version so the format can evolve without misreading old exports. */
const FORMAT = 'courier-lens/contracts';
const VERSION = 1;

export function contractsToJson(contracts: MerchantContract[]): string {
	return `${JSON.stringify({ format: FORMAT, version: VERSION, contracts }, null, 2)}\n`;
}

/** JSON file: `{ format, version: 1, contracts: MerchantContract[] }`; money in fen, weights in grams. */
export function contractsFromJson(text: string): ContractFileResult {
	let document: unknown;
	try {
		document = JSON.parse(text);
	} catch (error) {
		return { ok: false, issues: [{ path: '', message: `not valid JSON (${(error as Error).message})` }] };
	}
	if (typeof document !== 'object' || document === null || Array.isArray(document)) {
		return { ok: false, issues: [{ path: '', message: `expected an object with "format": "${FORMAT}"` }] };
	}
	const { format, version, contracts } = document as Record<string, unknown>;
	if (format !== FORMAT) return { ok: false, issues: [{ path: 'format', message: `expected "${FORMAT}"` }] };
	if (version !== VERSION) return { ok: false, issues: [{ path: 'version', message: `expected ${VERSION}` }] };
	if (!Array.isArray(contracts)) return { ok: false, issues: [{ path: 'contracts', message: 'expected a list' }] };
	const parsed = contracts.map((candidate) => parseContract(candidate));
	const issues = parsed.flatMap((result, index) =>
		result.ok
			? []
			: result.issues.map((issue) => ({
					...issue,
					path: issue.path ? `contracts[${index}].${issue.path}` : `contracts[${index}]`,
				})),
	);
	if (issues.length) return { ok: false, issues };
	return { ok: true, contracts: parsed.flatMap((result) => (result.ok ? [result.contract] : [])) };
}
