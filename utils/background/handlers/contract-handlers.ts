import type { MerchantContract } from '../../core/contract-model';
import { quickContractId } from '../../core/contract-model';
import { parseContract } from '../../core/contract-validation';
import { issue, located } from '../../core/issues';
import { applyQuickEdit } from '../../core/quick-contract';
import { ok, refuse } from '../../core/result';
import {
	deleteContract,
	listContractsPage,
	putContract,
	putContracts,
	updateContract,
} from '../../storage/contract-store';
import { createImportStaging } from '../staged-import';
import type { HandlerContext } from './context';
import type { HandlersFor } from './handler-types';

type ContractMessages =
	| 'ui.saveQuickContract'
	| 'ui.saveContract'
	| 'ui.deleteContract'
	| 'ui.importContractsBatch'
	| 'ui.exportContractsPage';

/** Contracts: the popup's quick edit, the options editor, import and export in batches. */
export function createContractHandlers({ deps, changed }: HandlerContext): HandlersFor<ContractMessages> {
	const { db } = deps;
	const stage = createImportStaging<MerchantContract>(() => deps.clock().getTime());
	return {
		// The quick form edits the fields it shows and keeps the rest (an origin, validity or surcharge set in the
		// editor survives); a contract with prices it cannot show is left alone and the popup sends to the editor.
		async 'ui.saveQuickContract'(edit) {
			const id = quickContractId(edit.carrier);
			const saved = await updateContract(db, id, (stored) =>
				applyQuickEdit(stored, { ...edit, id }, deps.clock().toISOString()),
			);
			if (!saved.ok) {
				return refuse('quick_edit_unsupported', `${id} holds ${saved.error.join(', ')}: edit it in the editor`);
			}
			await changed();
			return ok(saved.value);
		},

		async 'ui.saveContract'(candidate) {
			const parsed = parseContract({ ...(candidate as object), updatedAt: deps.clock().toISOString() });
			if (!parsed.ok) return refuse('invalid_contract', 'the contract has invalid fields', parsed.error);
			await putContract(db, parsed.value);
			await changed();
			return ok(parsed.value);
		},

		async 'ui.deleteContract'({ id }) {
			if (!(await deleteContract(db, id))) return refuse('not_found', `no contract ${id}`);
			await changed();
			return ok(null);
		},

		async 'ui.importContractsBatch'({ importId, index, count, items }) {
			// The page validated the file with the same validator; the background checks again (a message is
			// untrusted) and keeps the model's fields only.
			const parsed = items.map((item) => parseContract(item));
			const issues = parsed.flatMap((result) => (result.ok ? [] : result.error));
			if (issues.length) return refuse('invalid_import', `batch ${index} has invalid contracts`, issues);
			const outcome = stage({
				importId,
				index,
				count,
				items: parsed.flatMap((result) => (result.ok ? [result.value] : [])),
			});
			if (outcome.state === 'interrupted') return refuse('import_interrupted', `import ${importId} lost batches`);
			if (outcome.state === 'staged') return ok({ state: 'staged', received: outcome.received });
			const seen = new Set<string>();
			const duplicates = outcome.items.flatMap((contract, at) =>
				seen.size === seen.add(contract.id).size
					? [located(issue('id', 'duplicate_id', { value: contract.id }), { contract: at + 1 })]
					: [],
			);
			if (duplicates.length) return refuse('invalid_import', 'duplicate contract ids', duplicates);
			await putContracts(db, outcome.items);
			await changed();
			return ok({ state: 'complete', imported: outcome.items.length });
		},

		async 'ui.exportContractsPage'({ after, limit }) {
			return ok(await listContractsPage(db, after, limit));
		},
	};
}
