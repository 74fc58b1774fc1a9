import type { MerchantContract } from '../core/contract-model';
import { ok, type Result } from '../core/result';
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

/** Where a versioned save starts from: see `updateContractVersion`. */
interface VersionedEdit {
	baseVersion: string | null;
	overwrite: boolean;
	now: string;
}

/**
 * Reads one contract (null when there is none), checks that it is the version the page edited (`baseVersion`,
 * its `updatedAt` when the page loaded it; null for a new contract), and writes what `next` makes of it with the
 * next version. A newer stored version (another tab saved meanwhile) refuses the save unless `overwrite` says the
 * merchant chose to keep theirs; `next` may refuse too. The check, the read and the write are one transaction.
 */
export function updateContractVersion<E>(
	db: CourierLensDatabase,
	id: string,
	{ baseVersion, overwrite, now }: VersionedEdit,
	next: (stored: MerchantContract | null) => Result<MerchantContract, E>,
): Promise<VersionedWrite<MerchantContract> | { saved: false; refused: E }> {
	return db.transaction('rw', db.contracts, async () => {
		const stored = (await db.contracts.get(id)) ?? null;
		if (!overwrite && (stored?.updatedAt ?? null) !== baseVersion) return { saved: false, current: stored } as const;
		const made = next(stored);
		if (!made.ok) return { saved: false, refused: made.error } as const;
		const value = { ...made.value, updatedAt: nextVersion(now, stored?.updatedAt) };
		await db.contracts.put(value);
		return { saved: true, value } as const;
	});
}

/** Saves a whole contract edited from version `baseVersion` (the options editor): see `updateContractVersion`. */
export async function saveContractVersion(
	db: CourierLensDatabase,
	contract: MerchantContract,
	edit: VersionedEdit,
): Promise<VersionedWrite<MerchantContract>> {
	const write = await updateContractVersion(db, contract.id, edit, () => ok(contract));
	// `next` takes the contract as it is: it never refuses.
	return 'refused' in write ? { saved: false, current: null } : write;
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
