import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlerContext } from '../../utils/background/handlers/context';
import { createMessageRouter } from '../../utils/background/message-router';
import type { Sender } from '../../utils/background/sender-policy';
import { DEFAULT_SETTINGS } from '../../utils/core/settings-defaults';
import { REOPEN_BACKOFF_MS, storageProblemCode } from '../../utils/storage/database-recovery';
import { backgroundDeps } from '../helpers/background-deps';
import { flakyDatabase } from '../helpers/flaky-indexeddb';
import { FACTS } from '../helpers/sample-facts';
import { fakeTabs, readingOf, VIEW } from './fake-tabs';

const SELF = { id: 'test-extension-id', origin: 'chrome-extension://test-extension-id/' };
const OPTIONS: Sender = { id: SELF.id, url: `${SELF.origin}options.html` };
const CONTENT_SCRIPT: Sender = {
	id: SELF.id,
	url: 'https://item.taobao.com/item.htm?id=1',
	tab: { id: 3 },
	frameId: 0,
};
const PANEL_FRAME: Sender = { id: SELF.id, url: `${SELF.origin}panel.html`, tab: { id: 3 }, frameId: 7 };
const quickZto = { carrier: 'zto', firstFen: 250, extraFen: 100, baseVersion: null, overwrite: false };

let clockMs: number;
beforeEach(() => {
	clockMs = Date.parse('2026-11-27T10:00:00+08:00');
});

describe('a database that failed to open', () => {
	it('is opened again on a later call after a backoff, and then works as if nothing happened', async () => {
		const { db, storage } = flakyDatabase();
		const route = createMessageRouter(
			backgroundDeps(db, () => new Date(clockMs)),
			SELF,
		);
		expect(await route({ name: 'ui.getState', data: null }, OPTIONS)).toMatchObject({
			ok: false,
			error: { code: 'storage_unavailable' },
		});
		const opensAfterFailure = storage.opens;
		storage.broken = false;
		// Within the backoff the broken disk is not tried again on every message…
		clockMs += (REOPEN_BACKOFF_MS[0] ?? 0) - 1;
		expect(await route({ name: 'ui.saveQuickContract', data: quickZto }, OPTIONS)).toMatchObject({
			ok: false,
			error: { code: 'storage_unavailable' },
		});
		expect(storage.opens).toBe(opensAfterFailure);
		// …and once it has passed the next call opens it: no restart needed.
		clockMs += 1;
		expect(await route({ name: 'ui.saveQuickContract', data: quickZto }, OPTIONS)).toMatchObject({ ok: true });
		const state = await route({ name: 'ui.getState', data: null }, OPTIONS);
		expect(state).toMatchObject({ ok: true, value: { contracts: [{ id: 'quick-zto' }] } });
	});

	it('backs off longer after each failure', async () => {
		const { db, storage } = flakyDatabase();
		const route = createMessageRouter(
			backgroundDeps(db, () => new Date(clockMs)),
			SELF,
		);
		await route({ name: 'ui.getState', data: null }, OPTIONS);
		for (const wait of REOPEN_BACKOFF_MS.slice(0, 3)) {
			const before = storage.opens;
			clockMs += wait - 1;
			await route({ name: 'ui.getState', data: null }, OPTIONS);
			expect(storage.opens).toBe(before);
			clockMs += 1;
			await route({ name: 'ui.getState', data: null }, OPTIONS);
			expect(storage.opens).toBeGreaterThan(before);
		}
	});

	it('leaves estimates working on the default settings and cards, with the reason as a code', async () => {
		const { db, storage } = flakyDatabase();
		const tabs = fakeTabs();
		const route = createMessageRouter(
			backgroundDeps(db, () => new Date(clockMs), { tabs: tabs.transport }),
			SELF,
		);
		await route({ name: 'panel.hello', data: null }, PANEL_FRAME);
		await route({ name: 'cs.reading', data: { reading: readingOf(FACTS), view: VIEW } }, CONTENT_SCRIPT);
		const state = tabs.states(3).at(-1);
		expect(state).toMatchObject({ storageProblem: 'open_failed', settings: DEFAULT_SETTINGS, errorCode: null });
		const rows = state?.estimate?.rows ?? [];
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.every((row) => row.quote.source.kind === 'default')).toBe(true);
		// No English exception text travels to the views: the code says it.
		expect(JSON.stringify(state)).not.toMatch(/DatabaseClosedError|OpenFailedError|disk I\/O/);
		// Once the database opens again, the next reading carries no problem.
		storage.broken = false;
		clockMs += 60_000;
		const next = readingOf({ ...FACTS, itemId: '2', url: 'https://item.taobao.com/item.htm?id=2' });
		await route({ name: 'cs.reading', data: { reading: next, view: VIEW } }, CONTENT_SCRIPT);
		expect(tabs.states(3).at(-1)).toMatchObject({ storageProblem: null });
	});

	it('gives the snapshot callers defaults and no contracts while down, and the stored ones once back', async () => {
		const { db, storage } = flakyDatabase();
		const context = createHandlerContext(backgroundDeps(db, () => new Date(clockMs)));
		expect(await context.current()).toEqual({
			settings: DEFAULT_SETTINGS,
			contracts: [],
			storageProblem: 'open_failed',
		});
		storage.broken = false;
		await db.open();
		await db.settings.put({ key: 'merchant', value: { defaultDestination: '65' } });
		// The degraded answer was not cached.
		expect(await context.current()).toMatchObject({
			settings: { defaultDestination: '65' },
			storageProblem: null,
		});
	});

	it('names the reason without exception text', async () => {
		const missing = flakyDatabase(new DOMException('no IndexedDB', 'MissingAPIError'));
		await expect(missing.db.open()).rejects.toBeTruthy();
		expect(storageProblemCode(await missing.db.open().catch((error: unknown) => error))).toBe('missing_api');
		const full = flakyDatabase(new DOMException('full', 'QuotaExceededError'));
		expect(storageProblemCode(await full.db.open().catch((error: unknown) => error))).toBe('quota');
		expect(storageProblemCode(new Error('anything else'))).toBe('open_failed');
	});
});
