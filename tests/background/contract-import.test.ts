import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageRouter } from '../../utils/background/message-router';
import type { Sender } from '../../utils/background/sender-policy';
import type { MerchantContract } from '../../utils/core/contract-model';
import type { Reply } from '../../utils/core/result';
import { parseContractFile, serializeContracts } from '../../utils/files/contract-file';
import { BATCH_LIMITS, collectPages, type ExportPage, sendInBatches } from '../../utils/messaging/batches';
import type { ImportProgress } from '../../utils/messaging/protocol';
import { CourierLensDatabase } from '../../utils/storage/database';
import { backgroundDeps } from '../helpers/background-deps';
import { manyContracts } from '../helpers/many-contracts';

const SELF = { id: 'test-extension-id', origin: 'chrome-extension://test-extension-id/' };
const OPTIONS: Sender = { id: SELF.id, url: `${SELF.origin}options.html` };
const NOW = '2026-03-01T10:00:00.000Z';

let db: CourierLensDatabase;

function router() {
	return createMessageRouter(
		backgroundDeps(db, () => new Date(NOW)),
		SELF,
	);
}

/** What the options page does: validated contracts in batches, then every page of the export. */
async function importAll(route: ReturnType<typeof router>, contracts: MerchantContract[], importId = 'import-1') {
	return sendInBatches(
		contracts,
		(batch) => route({ name: 'ui.importContractsBatch', data: batch }, OPTIONS) as Promise<Reply<ImportProgress>>,
		{ importId },
	);
}
async function exportAll(route: ReturnType<typeof router>) {
	return collectPages(
		(after) =>
			route({ name: 'ui.exportContractsPage', data: { after, limit: BATCH_LIMITS.maxItems } }, OPTIONS) as Promise<
				Reply<ExportPage<MerchantContract>>
			>,
	);
}

beforeEach(() => {
	fakeBrowser.reset();
	db = new CourierLensDatabase(`test-${Math.random()}`);
});

describe('big contract files', () => {
	// Timed in contract-files.bench.ts; here only what it does is checked.
	it('round-trips 10,000 contracts: batched import, paged export, JSON and CSV files', async () => {
		const contracts = manyContracts(10_000);
		const route = router();
		expect(await importAll(route, contracts)).toEqual({ ok: true, value: { state: 'complete', imported: 10_000 } });
		const exported = await exportAll(route);
		if (!exported.ok) throw new Error(exported.error.detail);
		expect(exported.value).toEqual(contracts);
		for (const format of ['json', 'csv'] as const) {
			const file = serializeContracts(format, exported.value);
			// Over the old 5,000,000-character message cap: files no longer travel as one message.
			if (format === 'json') expect(file.length).toBeGreaterThan(5_000_000);
			const back = parseContractFile(format, file, NOW);
			expect(back.ok && back.value).toEqual(contracts);
		}
	});

	it('keeps every batch within the limits', () => {
		const contracts = manyContracts(1_200);
		const sizes: number[] = [];
		void sendInBatches(
			contracts,
			async (batch) => {
				sizes.push(batch.items.length);
				expect(JSON.stringify(batch.items).length).toBeLessThanOrEqual(BATCH_LIMITS.maxChars + batch.items.length);
				return { ok: true, value: null };
			},
			{ importId: 'x' },
		);
		return expect.poll(() => sizes.reduce((sum, size) => sum + size, 0)).toBe(1_200);
	});

	it('writes nothing and says so when the background restarted in the middle of an import', async () => {
		const contracts = manyContracts(1_200);
		let sent = 0;
		let route = router();
		const reply = await sendInBatches(
			contracts,
			(batch) => {
				// The service worker is stopped after the first batch: a new router has no staging.
				if (sent++ === 1) route = router();
				return route({ name: 'ui.importContractsBatch', data: batch }, OPTIONS) as Promise<Reply<ImportProgress>>;
			},
			{ importId: 'restarting' },
		);
		expect(reply).toMatchObject({ ok: false, error: { code: 'import_interrupted' } });
		expect(await db.contracts.count()).toBe(0);
	});

	it('checks every batch again: an invalid contract rejects the import and nothing is written', async () => {
		const contracts = manyContracts(3);
		const broken = [...contracts, { ...contracts[0], id: 'bad', carrier: 'dhl' }] as MerchantContract[];
		const reply = await importAll(router(), broken);
		expect(reply).toMatchObject({
			ok: false,
			error: { code: 'invalid_import', issues: [{ path: 'carrier', code: 'carrier_unknown' }] },
		});
		expect(await db.contracts.count()).toBe(0);
	});

	it('refuses the same id in two batches of one import', async () => {
		const contracts = manyContracts(BATCH_LIMITS.maxItems + 1);
		const last = contracts.at(-1);
		if (last) last.id = contracts[0]?.id ?? '';
		expect(await importAll(router(), contracts)).toMatchObject({
			ok: false,
			error: { code: 'invalid_import', issues: [{ code: 'duplicate_id' }] },
		});
		expect(await db.contracts.count()).toBe(0);
	});
});
