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
import { fakeTabs, readingOf, VIEW } from './fake-tabs';

const NOW = '2026-11-27T02:00:00.000Z';
const SELF = { id: 'test-extension-id', origin: 'chrome-extension://test-extension-id/' };
const POPUP: Sender = { id: SELF.id, url: `${SELF.origin}popup.html` };
const CONTENT_SCRIPT: Sender = {
	id: SELF.id,
	url: 'https://item.taobao.com/item.htm?id=1',
	tab: { id: 3 },
	frameId: 0,
};
const PANEL_FRAME: Sender = { id: SELF.id, url: `${SELF.origin}panel.html`, tab: { id: 3 }, frameId: 7 };

let db: CourierLensDatabase;
let announced: number;
let route: ReturnType<typeof createMessageRouter>;
let tabs: ReturnType<typeof fakeTabs>;
let keptProblem: RecordingProblem | null;
let clockMs: number;
let openedPages: string[];
let optionsOpened: number;

beforeEach(async () => {
	fakeBrowser.reset();
	db = new CourierLensDatabase(`test-${Math.random()}`);
	announced = 0;
	tabs = fakeTabs();
	keptProblem = null;
	clockMs = Date.parse('2026-11-27T10:00:00+08:00');
	openedPages = [];
	optionsOpened = 0;
	route = createMessageRouter(
		backgroundDeps(db, () => new Date(clockMs), {
			announceChange: async () => {
				announced++;
			},
			openOptionsPage: async () => {
				optionsOpened++;
			},
			openExtensionPage: async (path) => {
				openedPages.push(path);
			},
			tabs: tabs.transport,
			recordingProblem: {
				read: async () => keptProblem,
				keep: async (problem) => {
					keptProblem = problem;
				},
			},
		}),
		SELF,
	);
});

/** ZTO's quote in the latest state pushed to tab 3's panel frame. */
const zto = () =>
	tabs
		.states(3)
		.at(-1)
		?.estimate?.rows.find((row) => row.quote.carrier === 'zto')?.quote;
const read = (facts = FACTS) =>
	route({ name: 'cs.reading', data: { reading: readingOf(facts), view: VIEW } }, CONTENT_SCRIPT);

describe('message router', () => {
	it('estimates every carrier for what a content script read, and pushes it to the panel frame', async () => {
		expect(await route({ name: 'panel.hello', data: null }, PANEL_FRAME)).toEqual({ ok: true, value: null });
		expect(await read()).toEqual({ ok: true, value: null });
		expect(tabs.sent.at(-1)).toMatchObject({ tabId: 3, frameId: 7, message: { name: 'panel.state' } });
		expect(zto()?.source.kind).toBe('default');
		// The visit is recorded after the reply.
		await expect
			.poll(() => db.pages.get('taobao:item:1'))
			.toMatchObject({ shopName: '小店', firstSeen: expect.any(String), visits: 1 });
	});

	it("keeps a page's messages in order while the database opens: its hello never erases its reading", async () => {
		// A woken worker opens the database on its first message. The reading, sent later, must not overtake the
		// hello (which forgets the last page): the panel would wait for a reading that was already sent.
		const hello = route({ name: 'cs.hello', data: null }, CONTENT_SCRIPT);
		// The reading comes once Dexie says the database is open, before its open() has settled.
		while (!db.isOpen()) await new Promise((resolve) => setTimeout(resolve, 0));
		await Promise.all([hello, read()]);
		expect(await route({ name: 'panel.hello', data: null }, PANEL_FRAME)).toMatchObject({
			ok: true,
			value: { reading: { platform: 'taobao' } },
		});
	});

	it('refuses page-derived messages from anything but our content scripts on supported hosts', async () => {
		const message = { name: 'cs.reading', data: { reading: readingOf(FACTS), view: VIEW } };
		const foreign = [
			{ ...CONTENT_SCRIPT, id: 'other-extension' },
			{ ...CONTENT_SCRIPT, url: 'https://evil.example/item.htm' },
			{ ...CONTENT_SCRIPT, frameId: 4 },
			PANEL_FRAME,
			POPUP,
			{},
		];
		for (const sender of foreign) {
			expect(await route(message, sender)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
		}
		expect(tabs.sent).toEqual([]);
	});

	it('takes panel messages only from our panel page in a tab, and gives the panel page no ui message', async () => {
		const hello = { name: 'panel.hello', data: null };
		for (const sender of [CONTENT_SCRIPT, POPUP, { ...PANEL_FRAME, tab: undefined }, { ...PANEL_FRAME, id: 'x' }])
			expect(await route(hello, sender)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
		expect(await route(hello, { ...PANEL_FRAME, url: `${PANEL_FRAME.url}?x#y` })).toMatchObject({ ok: true });
		const write = {
			name: 'ui.saveSettings',
			data: { patch: { defaultDestination: '65' }, baseVersion: 0, overwrite: false },
		};
		expect(await route(write, PANEL_FRAME)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
	});

	it("relays the panel frame's commands to the content script in the same tab, frame 0", async () => {
		const command = { kind: 'nudge', dx: 10, dy: -4 };
		expect(await route({ name: 'panel.host', data: command }, PANEL_FRAME)).toEqual({ ok: true, value: null });
		expect(tabs.sent).toEqual([{ tabId: 3, frameId: 0, message: { name: 'host.command', command } }]);
		const absurd = { name: 'panel.host', data: { ...command, dx: 1e9 } };
		expect(await route(absurd, PANEL_FRAME)).toMatchObject({ ok: false, error: { code: 'invalid_message' } });
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
		const tooLong = await read(hostile);
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

	it("a quick contract changes the next estimate to the contract price; the panel's weight re-estimates", async () => {
		await route(
			{
				name: 'ui.saveQuickContract',
				data: { carrier: 'zto', firstFen: 200, extraFen: 100, baseVersion: null, overwrite: false },
			},
			POPUP,
		);
		await route({ name: 'panel.hello', data: null }, PANEL_FRAME);
		await read();
		expect(zto()).toMatchObject({ costFen: 200, source: { kind: 'contract' } });
		const choose = { destination: '11', weightGrams: 2500, strategy: null };
		expect(await route({ name: 'panel.choose', data: choose }, PANEL_FRAME)).toEqual({ ok: true, value: null });
		expect(zto()).toMatchObject({ costFen: 400 });
	});

	it('the panel opens the options page, at the data sources (at one source) or the contracts', async () => {
		const open = (data: unknown) => route({ name: 'panel.openOptions', data }, PANEL_FRAME);
		expect(await open(null)).toEqual({ ok: true, value: null });
		expect(optionsOpened).toBe(1);
		expect(await open({ tab: 'sources', source: 'S37' })).toEqual({ ok: true, value: null });
		expect(await open({ tab: 'sources', source: null })).toEqual({ ok: true, value: null });
		expect(await open({ tab: 'contracts', source: null })).toEqual({ ok: true, value: null });
		expect(openedPages).toEqual(['/options.html#sources/S37', '/options.html#sources', '/options.html#contracts']);
		// A strict schema: no other tab, no unknown source, no extra field, nothing a page could turn into an address.
		for (const bad of [
			{ tab: 'about', source: null },
			{ tab: 'sources', source: 'S99' },
			{ tab: 'sources', source: '../popup.html' },
			{ tab: 'sources', source: null, url: 'https://example.com' },
		])
			expect(await open(bad)).toMatchObject({ ok: false });
		expect(openedPages).toHaveLength(3);
	});

	it('the ranking chosen in a panel becomes the default: settings.ranking, announced, re-estimated', async () => {
		await route({ name: 'panel.hello', data: null }, PANEL_FRAME);
		await read();
		const save = { name: 'panel.saveRanking', data: { ranking: 'most_reliable' } };
		expect(await route(save, PANEL_FRAME)).toEqual({ ok: true, value: null });
		expect(announced).toBe(1);
		const state = await route({ name: 'ui.getState', data: null }, POPUP);
		expect(state).toMatchObject({ ok: true, value: { settings: { ranking: 'most_reliable' } } });
		await route({ name: 'panel.choose', data: { destination: null, weightGrams: null, strategy: null } }, PANEL_FRAME);
		expect(tabs.states(3).at(-1)?.estimate?.strategy).toBe('most_reliable');
		// Only from the panel page, and only a known ranking with nothing else.
		expect(await route(save, CONTENT_SCRIPT)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
		const extra = { name: 'panel.saveRanking', data: { ranking: 'cheapest', costWeightPercent: 0 } };
		expect(await route(extra, PANEL_FRAME)).toMatchObject({ ok: false });
		const unknown = { name: 'panel.saveRanking', data: { ranking: 'fastest' } };
		expect(await route(unknown, PANEL_FRAME)).toMatchObject({ ok: false });
		expect(announced).toBe(1);
	});

	it('a quick save keeps an origin restriction set in the editor, and never overwrites zones it cannot show', async () => {
		const quick = createQuickContract({
			id: 'quick-zto',
			carrier: 'zto',
			firstFen: 300,
			extraFen: 100,
			updatedAt: NOW,
		});
		const restricted = { ...quick, originProvinces: ['33'], validTo: '2026-12-31' };
		const edited = await route(
			{ name: 'ui.saveContract', data: { contract: restricted, baseVersion: null, overwrite: false } },
			POPUP,
		);
		if (!edited.ok) throw new Error(edited.error.detail);
		const version = (edited.value as { updatedAt: string }).updatedAt;
		const saved = await route(
			{
				name: 'ui.saveQuickContract',
				data: { carrier: 'zto', firstFen: 280, extraFen: 100, baseVersion: version, overwrite: false },
			},
			POPUP,
		);
		expect(saved).toMatchObject({
			ok: true,
			value: { originProvinces: ['33'], validTo: '2026-12-31', rates: { firstFen: 280, extraFen: 100 } },
		});
		if (!saved.ok) throw new Error(saved.error.detail);
		const zoned = { ...restricted, zoneRates: { remote_1: restricted.rates } };
		const rezoned = await route(
			{
				name: 'ui.saveContract',
				data: { contract: zoned, baseVersion: (saved.value as { updatedAt: string }).updatedAt, overwrite: false },
			},
			POPUP,
		);
		if (!rezoned.ok) throw new Error(rezoned.error.detail);
		const before = announced;
		const refused = await route(
			{
				name: 'ui.saveQuickContract',
				data: {
					carrier: 'zto',
					firstFen: 1,
					extraFen: 1,
					baseVersion: (rezoned.value as { updatedAt: string }).updatedAt,
					overwrite: false,
				},
			},
			POPUP,
		);
		expect(refused).toMatchObject({ ok: false, error: { code: 'quick_edit_unsupported' } });
		expect(announced).toBe(before);
		const state = await route({ name: 'ui.getState', data: null }, POPUP);
		expect(state).toMatchObject({ ok: true, value: { contracts: [{ zoneRates: { remote_1: { firstFen: 300 } } }] } });
	});

	it('gives the popup its quick contracts only, and the options page every contract', async () => {
		await route(
			{
				name: 'ui.saveQuickContract',
				data: { carrier: 'zto', firstFen: 200, extraFen: 100, baseVersion: null, overwrite: false },
			},
			POPUP,
		);
		const full = createQuickContract({ id: 'c-sto', carrier: 'sto', firstFen: 300, extraFen: 100, updatedAt: NOW });
		expect(
			await route({ name: 'ui.saveContract', data: { contract: full, baseVersion: null, overwrite: false } }, POPUP),
		).toMatchObject({ ok: true });
		const ids = async (name: string) => {
			const reply = await route({ name, data: null }, POPUP);
			if (!reply.ok) throw new Error(reply.error.detail);
			return (reply.value as { contracts: { id: string }[] }).contracts.map((c) => c.id).sort();
		};
		expect(await ids('ui.getEditorState')).toEqual(['c-sto', 'quick-zto']);
		expect(await ids('ui.getState')).toEqual(['quick-zto']);
	});

	it('tells the popup what a tab read, facts and diagnostics', async () => {
		await read();
		expect(await route({ name: 'ui.getTabState', data: { tabId: 3 } }, POPUP)).toMatchObject({
			ok: true,
			value: {
				platform: 'taobao',
				pageType: 'item',
				facts: { shopId: '42' },
				diagnostics: { adapterId: 'taobao-item' },
			},
		});
		expect(await route({ name: 'ui.getTabState', data: { tabId: 99 } }, POPUP)).toEqual({ ok: true, value: null });
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

	it("refuses province codes that are not one of the 31 (99, 00) in settings and the panel's choices", async () => {
		const choice = (destination: string) => ({ destination, weightGrams: null, strategy: null });
		expect(await route({ name: 'panel.choose', data: choice('65') }, PANEL_FRAME)).toMatchObject({ ok: true });
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
			expect(await route({ name: 'panel.choose', data: choice(code) }, PANEL_FRAME)).toMatchObject({
				ok: false,
				error: { code: 'invalid_message', detail: expect.stringContaining('destination') },
			});
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
