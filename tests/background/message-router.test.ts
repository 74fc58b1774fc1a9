import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { createMessageRouter } from '../../utils/background/message-router';
import type { Sender } from '../../utils/background/sender-policy';
import { createQuickContract } from '../../utils/core/contract-validation';
import { ISSUE_CODES } from '../../utils/core/issues';
import type { RecordingProblem } from '../../utils/messaging/protocol';
import { SETTINGS_REVISION_KEY } from '../../utils/platform/storage-keys';
import { CourierLensDatabase } from '../../utils/storage/database';
import { backgroundDeps } from '../helpers/background-deps';
import { flakyDatabase } from '../helpers/flaky-indexeddb';
import { FACTS } from '../helpers/sample-facts';

const SELF = { id: 'test-extension-id', origin: 'chrome-extension://test-extension-id/' };
const POPUP: Sender = { id: SELF.id, url: `${SELF.origin}popup.html` };
const CONTENT_SCRIPT: Sender = { id: SELF.id, url: 'https://item.taobao.com/item.htm?id=1', tab: { id: 3 } };

let db: CourierLensDatabase;
let announced: number;
let route: ReturnType<typeof createMessageRouter>;
let keptProblem: RecordingProblem | null;
let clockMs: number;

beforeEach(async () => {
	fakeBrowser.reset();
	db = new CourierLensDatabase(`test-${Math.random()}`);
	announced = 0;
	keptProblem = null;
	clockMs = Date.parse('2026-11-27T10:00:00+08:00');
	route = createMessageRouter(
		{
			db,
			clock: () => new Date(clockMs),
			announceChange: async () => {
				announced++;
			},
			openOptionsPage: async () => {},
			announcePagesChange: async () => {},
			openExtensionPage: async () => {},
			recordingProblem: {
				read: async () => keptProblem,
				keep: async (problem) => {
					keptProblem = problem;
				},
			},
		},
		SELF,
	);
});

const zto = (reply: Awaited<ReturnType<typeof route>>) => {
	if (!reply.ok) throw new Error(reply.error.detail);
	const value = reply.value as {
		estimate: { rows: { quote: { carrier: string; costFen: number; source: { kind: string } } }[] };
	};
	return value.estimate.rows.find((row) => row.quote.carrier === 'zto')?.quote;
};

describe('message router', () => {
	it('estimates every carrier for facts from a content script', async () => {
		const reply = await route(
			{ name: 'cs.estimate', data: { facts: FACTS, destination: null, weightGrams: null, strategy: null } },
			CONTENT_SCRIPT,
		);
		expect(reply.ok).toBe(true);
		expect(zto(reply)?.source.kind).toBe('default');
		// The visit is recorded after the reply.
		await expect
			.poll(() => db.pages.get('taobao:item:1'))
			.toMatchObject({ shopName: '小店', firstSeen: expect.any(String), visits: 1 });
	});

	it('refuses page-derived messages from anything but our content scripts on supported hosts', async () => {
		const message = {
			name: 'cs.estimate',
			data: { facts: FACTS, destination: null, weightGrams: null, strategy: null },
		};
		const foreign = [
			{ ...CONTENT_SCRIPT, id: 'other-extension' },
			{ ...CONTENT_SCRIPT, url: 'https://evil.example/item.htm' },
			POPUP,
			{},
		];
		for (const sender of foreign) {
			expect(await route(message, sender)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
		}
	});

	it('refuses settings writes from content scripts and other extensions', async () => {
		const message = {
			name: 'ui.saveSettings',
			data: { patch: { defaultDestination: '65' }, baseVersion: 0, overwrite: false },
		};
		expect(await route(message, CONTENT_SCRIPT)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
		expect(await route(message, { ...POPUP, id: 'other' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
		expect((await db.settings.toArray()).length).toBe(0);
	});

	it('rejects malformed envelopes and payloads with the failing path', async () => {
		expect(await route('hello', POPUP)).toMatchObject({ ok: false, error: { code: 'invalid_message' } });
		expect(await route({ name: 'ui.dropDatabase', data: null }, POPUP)).toMatchObject({
			ok: false,
			error: { code: 'invalid_message' },
		});
		const bad = await route(
			{ name: 'ui.saveSettings', data: { patch: { defaultWeightGrams: -5 }, baseVersion: 0, overwrite: false } },
			POPUP,
		);
		expect(bad).toMatchObject({
			ok: false,
			error: { code: 'invalid_message', detail: expect.stringContaining('defaultWeightGrams') },
		});
		const hostile = { ...FACTS, shopName: 'x'.repeat(10_000) };
		const tooLong = await route(
			{ name: 'cs.estimate', data: { facts: hostile, destination: null, weightGrams: null, strategy: null } },
			CONTENT_SCRIPT,
		);
		expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid_message' } });
	});

	it('saves settings, announces the change and reads them back', async () => {
		const saved = await route(
			{
				name: 'ui.saveSettings',
				data: { patch: { defaultDestination: '65', defaultWeightGrams: 2500 }, baseVersion: 0, overwrite: false },
			},
			POPUP,
		);
		expect(saved).toMatchObject({
			ok: true,
			value: { settings: { defaultDestination: '65', defaultWeightGrams: 2500, ranking: 'cheapest' }, version: 1 },
		});
		expect(announced).toBe(1);
		const state = await route({ name: 'ui.getState', data: null }, POPUP);
		expect(state).toMatchObject({ ok: true, value: { settings: { defaultDestination: '65' }, settingsVersion: 1 } });
	});

	it('a quick contract changes the next estimate to the contract price', async () => {
		await route(
			{
				name: 'ui.saveQuickContract',
				data: { carrier: 'zto', firstFen: 200, extraFen: 100, baseVersion: null, overwrite: false },
			},
			POPUP,
		);
		const estimate = (weightGrams: number) =>
			route(
				{ name: 'cs.estimate', data: { facts: FACTS, destination: '11', weightGrams, strategy: null } },
				CONTENT_SCRIPT,
			);
		expect(zto(await estimate(1000))).toMatchObject({ costFen: 200, source: { kind: 'contract' } });
		expect(zto(await estimate(2500))).toMatchObject({ costFen: 400 });
	});

	it('rejects an invalid contract with field paths and stores nothing', async () => {
		const reply = await route(
			{
				name: 'ui.saveContract',
				data: { contract: { id: 'c1', carrier: 'zto', rates: { bands: 'no' } }, baseVersion: null, overwrite: false },
			},
			POPUP,
		);
		expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_contract' } });
		expect(reply.ok ? [] : reply.error.issues?.length).toBeGreaterThan(0);
		// Codes with parameters for the views to word, never English sentences.
		for (const found of reply.ok ? [] : (reply.error.issues ?? [])) {
			expect(ISSUE_CODES).toContain(found.code);
			expect(found).not.toHaveProperty('message');
		}
		expect(await db.contracts.count()).toBe(0);
	});

	it('stores exactly the model: unknown fields, an own __proto__ key and a 30 MB extra string are dropped', async () => {
		const contract = JSON.parse(
			`{"__proto__": {"polluted": true}, "secret": "x", ${JSON.stringify(createQuickContract({ id: 'c1', carrier: 'zto', firstFen: 200, extraFen: 100, updatedAt: '2026-01-01T00:00:00.000Z' })).slice(1)}`,
		);
		contract.rates.note = 'kept?';
		contract.huge = 'x'.repeat(30 * 1024 * 1024);
		expect(Object.hasOwn(contract, '__proto__')).toBe(true);
		expect(
			await route({ name: 'ui.saveContract', data: { contract, baseVersion: null, overwrite: false } }, POPUP),
		).toMatchObject({ ok: true });
		const stored = await db.contracts.get('c1');
		expect(Object.keys(stored ?? {}).sort()).toEqual(
			Object.keys(createQuickContract({ id: 'c1', carrier: 'zto', firstFen: 1, extraFen: 1, updatedAt: '' })).sort(),
		);
		expect(Object.keys(stored?.rates ?? {}).sort()).toEqual([
			'bands',
			'extraFen',
			'extraStepGrams',
			'firstFen',
			'firstGrams',
		]);
		expect(Object.hasOwn(stored ?? {}, '__proto__')).toBe(false);
	});

	it('refuses a contract name too long to be a name', async () => {
		const contract = createQuickContract({
			id: 'c1',
			carrier: 'zto',
			firstFen: 200,
			extraFen: 100,
			updatedAt: '2026-01-01T00:00:00.000Z',
			name: '名'.repeat(201),
		});
		expect(
			await route({ name: 'ui.saveContract', data: { contract, baseVersion: null, overwrite: false } }, POPUP),
		).toMatchObject({
			ok: false,
			error: { code: 'invalid_contract', issues: [{ path: 'name', code: 'text_too_long', params: { max: 200 } }] },
		});
	});

	it('refuses province codes that are not one of the 31 (99, 00) in settings and estimates', async () => {
		for (const code of ['99', '00']) {
			expect(
				await route(
					{ name: 'ui.saveSettings', data: { patch: { defaultDestination: code }, baseVersion: 0, overwrite: false } },
					POPUP,
				),
			).toMatchObject({
				ok: false,
				error: { code: 'invalid_message' },
			});
			expect(
				await route(
					{ name: 'cs.estimate', data: { facts: FACTS, destination: code, weightGrams: null, strategy: null } },
					CONTENT_SCRIPT,
				),
			).toMatchObject({ ok: false, error: { code: 'invalid_message' } });
		}
		expect((await db.settings.toArray()).length).toBe(0);
	});

	it('deleting an unknown contract says not found', async () => {
		expect(await route({ name: 'ui.deleteContract', data: { id: 'nope' } }, POPUP)).toMatchObject({
			ok: false,
			error: { code: 'not_found' },
		});
	});

	it('deletes a stored contract once, and exports what is stored after each write', async () => {
		const save = {
			name: 'ui.saveQuickContract',
			data: { carrier: 'zto', firstFen: 200, extraFen: 100, baseVersion: null, overwrite: false },
		};
		expect(await route(save, POPUP)).toMatchObject({ ok: true, value: { id: 'quick-zto' } });
		const exported = async () => {
			const reply = await route({ name: 'ui.exportContractsPage', data: { after: null, limit: 100 } }, POPUP);
			if (!reply.ok) throw new Error(reply.error.detail);
			return (reply.value as { items: { id: string }[] }).items;
		};
		expect((await exported()).map((contract) => contract.id)).toEqual(['quick-zto']);
		expect(await route({ name: 'ui.deleteContract', data: { id: 'quick-zto' } }, POPUP)).toEqual({
			ok: true,
			value: null,
		});
		expect(await exported()).toEqual([]);
		expect(await route({ name: 'ui.deleteContract', data: { id: 'quick-zto' } }, POPUP)).toMatchObject({
			ok: false,
			error: { code: 'not_found' },
		});
		expect(announced).toBe(2);
	});

	it('a failing database becomes a storage_unavailable reply, not a throw', async () => {
		const { db: broken } = flakyDatabase();
		const route = createMessageRouter(
			backgroundDeps(broken, () => new Date(clockMs)),
			SELF,
		);
		const reply = await route(
			{ name: 'ui.saveSettings', data: { patch: { defaultDestination: '65' }, baseVersion: 0, overwrite: false } },
			POPUP,
		);
		expect(reply).toMatchObject({ ok: false, error: { code: 'storage_unavailable' } });
	});
});

describe('background entrypoint', () => {
	it('answers through runtime messaging and announces changes in extension storage', async () => {
		background.main();
		// The fake browser sends with an empty sender: that is a foreign sender and must be refused.
		expect(await fakeBrowser.runtime.sendMessage({ name: 'ui.getState', data: null })).toMatchObject({
			ok: false,
			error: { code: 'forbidden' },
		});
		const reply = await new Promise((resolve) => {
			fakeBrowser.runtime.onMessage.trigger(
				{ name: 'ui.saveSettings', data: { patch: { defaultDestination: '44' }, baseVersion: 0, overwrite: false } },
				{ id: POPUP.id, url: POPUP.url },
				resolve,
			);
		});
		expect(reply).toMatchObject({ ok: true, value: { settings: { defaultDestination: '44' } } });
		expect(await fakeBrowser.storage.local.get(SETTINGS_REVISION_KEY)).toHaveProperty(SETTINGS_REVISION_KEY);
	});
});
