import type { MerchantContract } from '../core/contract-model';
import type { Result } from '../core/result';
import type { CourierLensDatabase } from './database';

/** Contracts are validated by the caller (the background's handlers) before they reach these functions. */
export function listContracts(db: CourierLensDatabase): Promise<MerchantContract[]> {
	return db.contracts.orderBy('carrier').toArray();
}

export async function putContract(db: CourierLensDatabase, contract: MerchantContract): Promise<void> {
	await db.contracts.put(contract);
}

/**
 * Reads one contract (null when there is none) and writes what `next` makes of it, in one transaction: no other
 * write can slip in between the read and the write. Nothing is written when `next` refuses.
 */
export function updateContract<E>(
	db: CourierLensDatabase,
	id: string,
	next: (stored: MerchantContract | null) => Result<MerchantContract, E>,
): Promise<Result<MerchantContract, E>> {
	return db.transaction('rw', db.contracts, async () => {
		const result = next((await db.contracts.get(id)) ?? null);
		if (result.ok) await db.contracts.put(result.value);
		return result;
	});
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
