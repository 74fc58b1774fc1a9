import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { seriousAccessibilityViolations } from './accessibility';
import { controlValue, openPopup, saveQuickContract, setControl } from './extension-pages';
import type { ExtensionSuite } from './extension-suite';
import { REPO_ROOT } from './paths';
import { type BrowserTab, pollUntil } from './session';

/** compare.html, Carriers tab: the switch calculator's hooks (README, "Automation hooks"). */
const SWITCH = {
	orders: 'input[data-cl="switch-orders"]',
	current: 'select[data-cl="switch-current"]',
	origin: 'select[data-cl="switch-origin"]',
	weightKg: 'input[data-cl="switch-weight-kg"]',
	mix: 'select[data-cl="switch-mix"]',
	importInput: 'input[type=file][data-cl="mix-import"]',
	importResult: '[data-cl="mix-import-result"]',
} as const;
/** The popup's warehouse province (its documented hook once the popup has one; its id until then). */
const WAREHOUSE = 'select[data-cl="warehouse"], #pp-warehouse';
const GUANGDONG = '44';
/** A Qianniu-shaped GB18030 export: 60 orders, 56 with a province (tests/files/order-export.test.ts). */
const ORDERS_GB18030 = path.join(REPO_ROOT, 'tests', 'files', 'fixtures', 'orders-qianniu-gb18030.csv');

interface SwitchRowHooks {
	carrier: string | null;
	monthly: string | null;
	perOrder: string | null;
	delta: string | null;
	p50: string | null;
	p90: string | null;
	complaints: string | null;
	source: string | null;
	door: string | null;
}

function readSwitchRows(): SwitchRowHooks[] {
	return [...document.querySelectorAll('[data-cl="switch-row"]')].map((row) => ({
		carrier: row.getAttribute('data-carrier'),
		monthly: row.getAttribute('data-monthly-fen'),
		perOrder: row.getAttribute('data-per-order-fen'),
		delta: row.getAttribute('data-delta-fen'),
		p50: row.getAttribute('data-days-p50'),
		p90: row.getAttribute('data-days-p90'),
		complaints: row.getAttribute('data-complaints'),
		source: row.getAttribute('data-source'),
		door: row.getAttribute('data-door'),
	}));
}

const rowsUntil = (tab: BrowserTab, done: (rows: SwitchRowHooks[]) => boolean) =>
	pollUntil(() => tab.evaluate(readSwitchRows, undefined), done, 8000);
const rowOf = (rows: SwitchRowHooks[], carrier: string) => rows.find((row) => row.carrier === carrier);

function importResultInPage(selector: string) {
	const element = document.querySelector(selector);
	return element
		? {
				ok: element.getAttribute('data-ok'),
				rows: element.getAttribute('data-rows'),
				placed: element.getAttribute('data-placed'),
			}
		: null;
}

/**
 * The switch calculator in a real browser: the quick ZTO contract priced over the national mix, every other
 * carrier against it, an order export imported as the merchant's own mix, a refused file, and accessibility.
 */
export function registerSwitchScenarios(suite: ExtensionSuite): void {
	const tab = () => suite.extensionTab;

	test('the Carriers tab: ZTO under a ¥2 + ¥1 quick contract costs exactly ¥2,000 for 1,000 orders of 1 kg; JD and SF cost more', async () => {
		await openPopup(tab());
		await setControl(tab(), WAREHOUSE, GUANGDONG);
		await saveQuickContract(tab(), 'zto', '2.00', '1.00');
		await tab().gotoExtensionPage('compare.html#carriers');
		await rowsUntil(tab(), (rows) => rows.length === 10);
		// The first rows shown are already priced from the warehouse: no moment with an unset origin.
		expect(await controlValue(tab(), SWITCH.origin)).toBe(GUANGDONG);

		for (const [selector, value] of [
			[SWITCH.orders, '1000'],
			[SWITCH.current, 'zto'],
			[SWITCH.mix, 'national'],
			[SWITCH.weightKg, '1'],
		] as const) {
			await setControl(tab(), selector, value);
		}
		const rows = await rowsUntil(tab(), (r) => rowOf(r, 'zto')?.monthly === '200000');
		expect(rowOf(rows, 'zto')).toMatchObject({
			monthly: '200000',
			perOrder: '200',
			delta: '0',
			source: 'contract',
			door: 'station',
		});
		for (const row of rows) expect(row.delta).toBe(String(Number(row.monthly) - 200_000));
		expect(Number(rowOf(rows, 'jd')?.delta)).toBeGreaterThan(0);
		expect(Number(rowOf(rows, 'sf')?.delta)).toBeGreaterThan(0);
		for (const row of rows) expect(Number(row.p50)).toBeLessThanOrEqual(Number(row.p90));
		await tab().screenshot(path.join(suite.artifacts, 'compare-carriers.png'));

		// Twice the orders, twice the money.
		await setControl(tab(), SWITCH.orders, '2000');
		const doubled = await rowsUntil(tab(), (r) => rowOf(r, 'zto')?.monthly === '400000');
		for (const row of rows)
			expect(
				Math.abs(Number(rowOf(doubled, row.carrier ?? '')?.monthly) - 2 * Number(row.monthly)),
			).toBeLessThanOrEqual(1);
		await setControl(tab(), SWITCH.orders, '1000');
	});

	test('the Carriers tab: an order export (GB18030) becomes my own mix: 60 rows read, 56 placed', async () => {
		await tab().gotoExtensionPage('compare.html#carriers');
		await rowsUntil(tab(), (rows) => rows.length === 10);
		const national = await tab().evaluate(readSwitchRows, undefined);
		await tab().uploadFile(SWITCH.importInput, ORDERS_GB18030);
		const result = await pollUntil(
			() => tab().evaluate(importResultInPage, SWITCH.importResult),
			(r) => r?.ok !== undefined && r !== null,
			8000,
		);
		expect(result).toEqual({ ok: 'true', rows: '60', placed: '56' });
		expect(await controlValue(tab(), SWITCH.mix)).toBe('orders');
		// The mix changed (8 provinces, Xinjiang and Inner Mongolia among them): default-priced carriers cost otherwise.
		const mine = await rowsUntil(tab(), (rows) => rowOf(rows, 'jd')?.monthly !== rowOf(national, 'jd')?.monthly);
		expect(rowOf(mine, 'jd')?.monthly).not.toBe(rowOf(national, 'jd')?.monthly);
		// The stored mix is offered again when the page is opened afresh (a reload of an extension page never
		// resolves over Firefox's BiDi: leave and come back instead).
		await tab().gotoExtensionPage('popup.html');
		await tab().gotoExtensionPage('compare.html#carriers');
		expect(
			await pollUntil(
				() => tab().evaluate((sel) => !!document.querySelector(`${sel} option[value="orders"]`), SWITCH.mix),
				Boolean,
				5000,
			),
		).toBe(true);
	});

	test('the Carriers tab opened with an origin (the panel’s link, #carriers?origin=65) starts from it', async () => {
		await tab().gotoExtensionPage('popup.html');
		await tab().gotoExtensionPage('compare.html#carriers?origin=65');
		await rowsUntil(tab(), (rows) => rows.length === 10);
		expect(await controlValue(tab(), SWITCH.origin)).toBe('65');
	});

	test('the Carriers tab: a file that is not a CSV is refused and says what to do', async () => {
		await tab().gotoExtensionPage('compare.html#carriers');
		const file = path.join(suite.artifacts, 'not-orders.csv');
		fs.writeFileSync(
			file,
			Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
		);
		await tab().uploadFile(SWITCH.importInput, file);
		const result = await pollUntil(
			() => tab().evaluate(importResultInPage, SWITCH.importResult),
			(r) => r !== null,
			8000,
		);
		expect(result?.ok).toBe('false');
		const text = await tab().evaluate((sel) => document.querySelector(sel)?.textContent ?? '', SWITCH.importResult);
		expect(text).toMatch(/CSV/);
	});

	test('accessibility: no serious or critical WCAG 2.2 AA violation in the Carriers tab', async () => {
		await tab().gotoExtensionPage('compare.html#carriers');
		await rowsUntil(tab(), (rows) => rows.length === 10);
		expect(await seriousAccessibilityViolations(tab())).toEqual([]);
	});
}
