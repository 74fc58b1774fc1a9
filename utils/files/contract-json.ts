import type { MerchantContract } from '../core/contract-model';
import { parseContract } from '../core/contract-validation';
import { issue, located, type ValidationIssue } from '../core/issues';
import { fail, ok, type Result } from '../core/result';

/** Marks a file as ours, with a version so the format can evolve without misreading old exports. */
const FORMAT = 'courier-lens/contracts';
const VERSION = 1;

export function contractsToJson(contracts: readonly MerchantContract[]): string {
	return `${JSON.stringify({ format: FORMAT, version: VERSION, contracts }, null, 2)}\n`;
}

/**
 * JSON file: `{ format, version: 1, contracts: MerchantContract[] }`; money in fen, weights in grams. Each problem
 * names the contract (1-based, as the merchant counts) and its field; what is returned holds the model's fields only.
 */
export function contractsFromJson(text: string): Result<MerchantContract[], ValidationIssue[]> {
	let document: unknown;
	try {
		document = JSON.parse(text);
	} catch {
		return fail([issue('', 'json_syntax')]);
	}
	if (typeof document !== 'object' || document === null || Array.isArray(document)) {
		return fail([issue('', 'json_format')]);
	}
	const { format, version, contracts } = document as Record<string, unknown>;
	if (format !== FORMAT) return fail([issue('format', 'json_format')]);
	if (version !== VERSION) return fail([issue('version', 'json_version', { value: String(version) })]);
	if (!Array.isArray(contracts)) return fail([issue('contracts', 'not_a_list')]);
	const parsed = contracts.map((candidate) => parseContract(candidate));
	const issues = parsed.flatMap((result, index) =>
		result.ok ? [] : result.error.map((found) => located(found, { contract: index + 1 })),
	);
	if (issues.length) return fail(issues);
	return ok(parsed.flatMap((result) => (result.ok ? [result.value] : [])));
}
