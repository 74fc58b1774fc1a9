import type { MerchantContract } from '../core/contract-model';
import type { CourierLensDatabase } from './database';

/** Contracts are validated by the caller (the background's handlers) before they reach these functions. */
export function listContracts(db: CourierLensDatabase): Promise<MerchantContract[]> {
	return db.contracts.orderBy('carrier').toArray();
}

/**
 * The outcome of a versioned save: the contract as stored (with its new version), or a refusal because the stored
 * contract is not the version the editor started from (`current`: what is stored now, null when it was deleted).
 */
export type VersionedWrite<T> = { saved: true; value: T } | { saved: false; current: T | null };

/**
 * A contract's version is its `updatedAt`: the background sets it on every save, always later than the stored one
 * (two saves in the same millisecond still get two versions).
 */
function nextVersion(now: string, stored: string | undefined): string {
	const storedMs = stored === undefined ? Number.NaN : Date.parse(stored);
	return storedMs >= Date.parse(now) ? new Date(storedMs + 1).toISOString() : now;
}

/**
 * Saves a contract edited from version `baseVersion` (its `updatedAt` when the editor loaded it; null for a new
 * contract). A newer stored version (another tab saved meanwhile) refuses the save, unless `overwrite` says the
 * merchant chose to keep theirs. The check and the write are one transaction.
 */
export function saveContractVersion(
	db: CourierLensDatabase,
	contract: MerchantContract,
	{ baseVersion, overwrite, now }: { baseVersion: string | null; overwrite: boolean; now: string },
): Promise<VersionedWrite<MerchantContract>> {
	return db.transaction('rw', db.contracts, async (): Promise<VersionedWrite<MerchantContract>> => {
		const stored = await db.contracts.get(contract.id);
		if (!overwrite && (stored?.updatedAt ?? null) !== baseVersion) return { saved: false, current: stored ?? null };
		const value = { ...contract, updatedAt: nextVersion(now, stored?.updatedAt) };
		await db.contracts.put(value);
		return { saved: true, value };
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
