import { createQuickContract, parseContract } from '../core/contract-validation';
import { estimatePage } from '../core/estimate';
import { parseContractFile, serializeContracts } from '../files/contract-file';
import { type MessageName, quickContractId, type ReplyOf, type RequestOf } from '../messaging/protocol';
import { fail, ok } from '../messaging/result';
import { deleteContract, listContracts, putContract, putContracts } from '../storage/contract-store';
import type { CourierLensDatabase } from '../storage/database';
import { readSettings, writeSettings } from '../storage/settings-store';
import { recordShopVisit } from '../storage/shop-store';

export interface BackgroundDeps {
	db: CourierLensDatabase;
	/** The clock, injected so tests can pin dates (contract validity is decided by local calendar day). */
	clock: () => Date;
	/** Tells open panels that settings or contracts changed, so they re-estimate without a reload. */
	announceChange: () => Promise<void>;
	openOptionsPage: () => Promise<void>;
}

type Handlers = { [N in MessageName]: (data: RequestOf<N>) => Promise<ReplyOf<N>> };

/**
 * Message handlers over validated payloads. Settings and contracts are cached in memory between
 * writes: every open panel asks for an estimate after each change, and the database need not be
 * read each time. A write drops the cache before it announces the change.
 */
export function createHandlers(deps: BackgroundDeps): Handlers {
	const { db } = deps;
	let snapshot: ReturnType<typeof loadSnapshot> | null = null;
	function loadSnapshot() {
		return Promise.all([readSettings(db), listContracts(db)]).then(([settings, contracts]) => ({
			settings,
			contracts,
		}));
	}
	function current() {
		snapshot ??= loadSnapshot().catch((error: unknown) => {
			snapshot = null;
			throw error;
		});
		return snapshot;
	}
	async function changed() {
		snapshot = null;
		await deps.announceChange();
	}

	return {
		async 'cs.estimate'({ facts, destination, weightGrams, strategy }) {
			const { settings, contracts } = await current();
			const siteEnabled = settings.enabledSites[facts.platform];
			const estimate = estimatePage({
				facts,
				settings: strategy ? { ...settings, ranking: strategy } : settings,
				contracts,
				now: deps.clock(),
				...(destination ? { destination } : {}),
				...(weightGrams ? { weightGrams } : {}),
			});
			// Remembered for the comparison view, after the reply has gone: the write would otherwise delay
			// the panel by several milliseconds, and its failure must not cost the merchant the panel.
			if (facts.shopId) {
				const seenAt = deps.clock().toISOString();
				setTimeout(() => recordShopVisit(db, facts, seenAt).catch(() => {}), 0);
			}
			return ok({ estimate, settings, siteEnabled });
		},

		async 'cs.openOptions'() {
			await deps.openOptionsPage();
			return ok(null);
		},

		async 'ui.getState'() {
			const { settings, contracts } = await current();
			return ok({ settings, contracts });
		},

		async 'ui.saveSettings'(patch) {
			const settings = await writeSettings(db, patch);
			await changed();
			return ok(settings);
		},

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
