import { beforeEach, describe, expect, it } from 'vitest';
import { createMessageRouter } from '../../utils/background/message-router';
import type { Sender } from '../../utils/background/sender-policy';
import type { MerchantContract } from '../../utils/core/contract-model';
import { createQuickContract } from '../../utils/core/contract-validation';
import { saveContractVersion } from '../../utils/storage/contract-store';
import { CourierLensDatabase } from '../../utils/storage/database';
import { writeSettings } from '../../utils/storage/settings-store';
import { backgroundDeps } from '../helpers/background-deps';

const SELF = { id: 'test-extension-id', origin: 'chrome-extension://test-extension-id/' };
const OPTIONS: Sender = { id: SELF.id, url: `${SELF.origin}options.html` };
const T0 = '2026-11-27T02:00:00.000Z';

const contract = (firstFen: number, updatedAt = T0): MerchantContract =>
	createQuickContract({ id: 'c-1', carrier: 'zto', firstFen, extraFen: 100, updatedAt, name: '义乌中通' });

let db: CourierLensDatabase;
let clockMs: number;
let route: ReturnType<typeof createMessageRouter>;
beforeEach(() => {
	db = new CourierLensDatabase(`versions-${Math.random()}`);
	clockMs = Date.parse(T0);
	route = createMessageRouter(
		backgroundDeps(db, () => new Date(clockMs)),
		SELF,
	);
});

/** One options tab: it loads the stored contract and saves its edit naming the version it loaded. */
async function openEditor() {
	const reply = await route({ name: 'ui.getEditorState', data: null }, OPTIONS);
	if (!reply.ok) throw new Error(reply.error.detail);
	const loaded = (reply.value as { contracts: MerchantContract[] }).contracts.find((c) => c.id === 'c-1');
	if (!loaded) throw new Error('no contract');
	return {
		save: (firstFen: number, overwrite = false) => {
			clockMs += 1_000;
			return route(
				{
					name: 'ui.saveContract',
					data: {
						contract: { ...loaded, rates: { ...loaded.rates, firstFen } },
						baseVersion: loaded.updatedAt,
						overwrite,
					},
				},
				OPTIONS,
			);
		},
	};
}

describe('versioned contract saves', () => {
	beforeEach(async () => {
		await route(
			{ name: 'ui.saveContract', data: { contract: contract(300), baseVersion: null, overwrite: false } },
			OPTIONS,
		);
	});

	it('two editors: the first save wins, the stale one is refused and changes nothing', async () => {
		const tabA = await openEditor();
		const tabB = await openEditor();
		expect(await tabA.save(250)).toMatchObject({ ok: true, value: { rates: { firstFen: 250 } } });
		expect(await tabB.save(999)).toMatchObject({ ok: false, error: { code: 'version_conflict' } });
		expect((await db.contracts.get('c-1'))?.rates.firstFen).toBe(250);
	});

	it('"keep mine" overwrites the newer version deliberately', async () => {
		const tabA = await openEditor();
		const tabB = await openEditor();
		await tabA.save(250);
		expect(await tabB.save(999, true)).toMatchObject({ ok: true, value: { rates: { firstFen: 999 } } });
		expect((await db.contracts.get('c-1'))?.rates.firstFen).toBe(999);
	});

	it('"reload" gives the newer version, and a save from it goes through', async () => {
		const tabA = await openEditor();
		const tabB = await openEditor();
		await tabA.save(250);
		await tabB.save(999);
		const reloaded = await openEditor();
		expect(await reloaded.save(260)).toMatchObject({ ok: true, value: { rates: { firstFen: 260 } } });
	});

	it('a new contract may not replace one saved meanwhile under the same id', async () => {
		expect(
			await route(
				{ name: 'ui.saveContract', data: { contract: contract(1), baseVersion: null, overwrite: false } },
				OPTIONS,
			),
		).toMatchObject({ ok: false, error: { code: 'version_conflict' } });
	});

	it('a stale quick contract from the popup is refused too', async () => {
		const quick = { carrier: 'zto', firstFen: 200, extraFen: 100, overwrite: false } as const;
		const first = await route({ name: 'ui.saveQuickContract', data: { ...quick, baseVersion: null } }, OPTIONS);
		if (!first.ok) throw new Error(first.error.detail);
		const version = (first.value as MerchantContract).updatedAt;
		clockMs += 1;
		expect(
			await route({ name: 'ui.saveQuickContract', data: { ...quick, baseVersion: version } }, OPTIONS),
		).toMatchObject({
			ok: true,
		});
		expect(
			await route({ name: 'ui.saveQuickContract', data: { ...quick, baseVersion: version } }, OPTIONS),
		).toMatchObject({
			ok: false,
			error: { code: 'version_conflict' },
		});
	});

	it('two saves in the same millisecond still get two versions', async () => {
		const first = await saveContractVersion(db, contract(1), { baseVersion: T0, overwrite: false, now: T0 });
		if (!first.saved) throw new Error('refused');
		expect(first.value.updatedAt > T0).toBe(true);
		expect(await saveContractVersion(db, contract(2), { baseVersion: T0, overwrite: false, now: T0 })).toMatchObject({
			saved: false,
		});
	});
});

describe('versioned settings saves', () => {
	it('counts versions, refuses a stale patch, and lets "keep mine" through', async () => {
		expect(await writeSettings(db, { defaultDestination: '65' }, { baseVersion: 0, overwrite: false })).toMatchObject({
			saved: true,
			value: { version: 1, settings: { defaultDestination: '65' } },
		});
		expect(await writeSettings(db, { defaultDestination: '44' }, { baseVersion: 0, overwrite: false })).toMatchObject({
			saved: false,
			current: { version: 1, settings: { defaultDestination: '65' } },
		});
		expect(await writeSettings(db, { defaultDestination: '44' }, { baseVersion: 0, overwrite: true })).toMatchObject({
			saved: true,
			value: { version: 2, settings: { defaultDestination: '44' } },
		});
	});

	it('through the router: a stale settings save is refused with version_conflict', async () => {
		const save = (baseVersion: number) =>
			route(
				{ name: 'ui.saveSettings', data: { patch: { ranking: 'best_value' }, baseVersion, overwrite: false } },
				OPTIONS,
			);
		expect(await save(0)).toMatchObject({ ok: true, value: { version: 1 } });
		expect(await save(0)).toMatchObject({ ok: false, error: { code: 'version_conflict' } });
	});
});
