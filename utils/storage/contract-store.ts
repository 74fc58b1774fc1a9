import type { MerchantContract } from '../core/contract-model';
import type { CourierLensDatabase } from './database';

/** Contracts are validated by the caller (the background's handlers) before they reach these functions. */
export function listContracts(db: CourierLensDatabase): Promise<MerchantContract[]> {
	return db.contracts.orderBy('carrier').toArray();
}

export async function putContract(db: CourierLensDatabase, contract: MerchantContract): Promise<MerchantContract> {
	await db.contracts.put(contract);
	return contract;
}

/** Quick contracts from the popup replace the carrier's previous quick contract (one per carrier). */
export function quickContractId(carrier: MerchantContract['carrier']): string {
	return `quick-${carrier}`;
}

export async function deleteContract(db: CourierLensDatabase, id: string): Promise<boolean> {
	const existing = await db.contracts.get(id);
	if (!existing) return false;
	await db.contracts.delete(id);
	return true;
}

/** Writes a whole import in one transaction: either every contract lands or none does. */
export async function putContracts(db: CourierLensDatabase, contracts: MerchantContract[]): Promise<void> {
	await db.transaction('rw', db.contracts, () => db.contracts.bulkPut(contracts));
}
