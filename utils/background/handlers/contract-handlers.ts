import { createQuickContract, parseContract } from '../../core/contract-validation';
import { parseContractFile, serializeContracts } from '../../files/contract-file';
import { quickContractId } from '../../messaging/protocol';
import { fail, ok } from '../../messaging/result';
import { deleteContract, putContract, putContracts } from '../../storage/contract-store';
import type { HandlerContext } from './context';
import type { HandlersFor } from './handler-types';

type ContractMessages =
	| 'ui.saveQuickContract'
	| 'ui.saveContract'
	| 'ui.deleteContract'
	| 'ui.importContracts'
	| 'ui.exportContracts';

/** Contracts: the popup's quick edit, the options editor, import and export. */
export function createContractHandlers({ deps, current, changed }: HandlerContext): HandlersFor<ContractMessages> {
	const { db } = deps;
	return {
		async 'ui.saveQuickContract'({ carrier, firstFen, extraFen }) {
			const contract = createQuickContract({
				id: quickContractId(carrier),
				carrier,
				firstFen,
				extraFen,
				updatedAt: deps.clock().toISOString(),
			});
			await putContract(db, contract);
			await changed();
			return ok(contract);
		},

		async 'ui.saveContract'(candidate) {
			const parsed = parseContract({ ...(candidate as object), updatedAt: deps.clock().toISOString() });
			if (!parsed.ok) return fail('invalid_contract', 'the contract has invalid fields', parsed.issues);
			await putContract(db, parsed.contract);
			await changed();
			return ok(parsed.contract);
		},

		async 'ui.deleteContract'({ id }) {
			if (!(await deleteContract(db, id))) return fail('not_found', `no contract ${id}`);
			await changed();
			return ok(null);
		},

		async 'ui.importContracts'({ format, text }) {
			const parsed = parseContractFile(format, text);
			if (!parsed.ok) return fail('invalid_import', 'the file was rejected; nothing was changed', parsed.issues);
			await putContracts(db, parsed.contracts);
			await changed();
			return ok({ imported: parsed.contracts.length });
		},

		async 'ui.exportContracts'({ format }) {
			return ok({ text: serializeContracts(format, (await current()).contracts) });
		},
	};
}
