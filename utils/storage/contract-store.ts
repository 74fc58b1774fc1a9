import type { MerchantContract } from '../core/contract-model';
import type { CourierLensDatabase } from './database';

/** Contracts are validated by the caller (the background's handlers) before they reach these functions. */
export function listContracts(db: CourierLensDatabase): Promise<MerchantContract[]> {
	return db.contracts.orderBy('carrier').toArray();
}

export async function putContract(db: CourierLensDatabase, contract: MerchantContract): Promise<void> {
	await db.contracts.put(contract);
}

/** False when no contract has that id. One request, so nothing can slip in between a look-up and the delete. */
export async function deleteContract(db: CourierLensDatabase, id: string): Promise<boolean> {
	return (await db.contracts.where('id').equals(id).delete()) > 0;
}

/** Writes a whole import in one transaction: either every contract lands or none does. */
export async function putContracts(db: CourierLensDatabase, contracts: MerchantContract[]): Promise<void> {
	await db.transaction('rw', db.contracts, () => db.contracts.bulkPut(contracts));
}

/** One page of contracts in id order, after `after` (null: from the first); `next` is null after the last page. */
export async function listContractsPage(
	db: CourierLensDatabase,
	after: string | null,
	limit: number,
): Promise<{ items: MerchantContract[]; next: string | null }> {
	const items = await (after === null ? db.contracts.orderBy('id') : db.contracts.where('id').above(after))
		.limit(limit)
		.toArray();
	return { items, next: items.length === limit ? (items.at(-1)?.id ?? null) : null };
}
