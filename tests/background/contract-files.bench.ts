import { bench, describe } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageRouter } from '../../utils/background/message-router';
import type { MerchantContract } from '../../utils/core/contract-model';
import type { Reply } from '../../utils/core/result';
import { parseContractFile, serializeContracts } from '../../utils/files/contract-file';
import { BATCH_LIMITS, collectPages, type ExportPage, sendInBatches } from '../../utils/messaging/batches';
import type { ImportProgress } from '../../utils/messaging/protocol';
import { CourierLensDatabase } from '../../utils/storage/database';
import { backgroundDeps } from '../helpers/background-deps';
import { manyContracts } from '../helpers/many-contracts';

/**
 * What moving 10,000 contracts between browsers costs: the options page's batched import through the background
 * (fake-indexeddb here, so storage is slower than a browser's IndexedDB), the paged export, and the file in each
 * format written and read back. Run: npx vitest bench --run tests/background/contract-files.bench.ts
 */
const SELF = { id: 'bench', origin: 'chrome-extension://bench/' };
const OPTIONS = { id: SELF.id, url: `${SELF.origin}options.html` };
const NOW = '2026-03-01T10:00:00.000Z';
const contracts = manyContracts(10_000);

async function roundTrip(format: 'json' | 'csv'): Promise<void> {
	fakeBrowser.reset();
	const db = new CourierLensDatabase(`bench-${Math.random()}`);
	const route = createMessageRouter(
		backgroundDeps(db, () => new Date(NOW)),
		SELF,
	);
	const imported = await sendInBatches(
		contracts,
		(batch) => route({ name: 'ui.importContractsBatch', data: batch }, OPTIONS) as Promise<Reply<ImportProgress>>,
		{ importId: 'bench' },
	);
	if (!imported.ok) throw new Error(imported.error.detail);
	const exported = await collectPages(
		(after) =>
			route({ name: 'ui.exportContractsPage', data: { after, limit: BATCH_LIMITS.maxItems } }, OPTIONS) as Promise<
				Reply<ExportPage<MerchantContract>>
			>,
	);
	if (!exported.ok) throw new Error(exported.error.detail);
	const back = parseContractFile(format, serializeContracts(format, exported.value), NOW);
	if (!back.ok || back.value.length !== contracts.length) throw new Error('the round trip lost contracts');
	db.close();
}

describe('10,000 contracts: batched import → paged export → file → read back', () => {
	bench('JSON', () => roundTrip('json'), { iterations: 3, warmupIterations: 0 });
	bench('CSV', () => roundTrip('csv'), { iterations: 3, warmupIterations: 0 });
});
