import { CourierLensDatabase } from '../../utils/storage/database';

/**
 * A database whose IndexedDB refuses to open while `broken` is true (a disk error, private browsing), and opens
 * normally (fake-indexeddb) once it is set to false.
 */
export function flakyDatabase(broken: DOMException = new DOMException('disk I/O error', 'InvalidStateError')) {
	const storage = { broken: true as boolean, opens: 0 };
	const factory: Pick<IDBFactory, 'open' | 'deleteDatabase' | 'cmp' | 'databases'> = {
		open(name, version) {
			storage.opens += 1;
			if (storage.broken) throw broken;
			return indexedDB.open(name, version);
		},
		deleteDatabase: (name) => indexedDB.deleteDatabase(name),
		cmp: (a, b) => indexedDB.cmp(a, b),
		databases: () => indexedDB.databases(),
	};
	const db = new CourierLensDatabase(`flaky-${Math.random()}`, {
		indexedDB: factory as IDBFactory,
		IDBKeyRange,
	});
	return { db, storage };
}
