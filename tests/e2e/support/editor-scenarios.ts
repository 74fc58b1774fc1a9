import { expect } from 'vitest';
import { type BrowserTab, pollUntil } from './session';

/** What has focus in the page: its id, its `data-cl` and `data-preset` hooks, or `body`. */
function focusedInPage(): string {
	const focused = document.activeElement;
	if (!focused || focused === document.body) return 'body';
	return focused.id || `${focused.getAttribute('data-cl')}:${focused.getAttribute('data-preset') ?? ''}`;
}

interface StoredContract {
	id: string;
	rates: { firstFen: number; extraFen: number };
	provinceRates: Record<string, { firstFen: number; extraFen: number }>;
}

/** The extension messaging of the page (`browser` in Firefox, `chrome` in Chromium); self-contained for evaluate. */
type PageRuntime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** Asks the background, as the options page itself would, for every stored contract. */
function storedContractsInPage(): Promise<StoredContract[]> {
	const scope = globalThis as unknown as { browser?: PageRuntime; chrome: PageRuntime };
	return (scope.browser ?? scope.chrome).runtime
		.sendMessage({ name: 'ui.exportContractsPage', data: { after: null, limit: 500 } })
		.then((reply) => {
			const answer = reply as { ok: boolean; value?: { items: StoredContract[] } };
			if (!answer.ok || !answer.value) throw new Error(`no contracts: ${JSON.stringify(reply)}`);
			return answer.value.items;
		});
}

function deleteContractInPage(id: string): Promise<unknown> {
	const scope = globalThis as unknown as { browser?: PageRuntime; chrome: PageRuntime };
	return (scope.browser ?? scope.chrome).runtime.sendMessage({ name: 'ui.deleteContract', data: { id } });
}

/**
 * Issue 11's target, by keyboard alone in a real browser: "江浙沪 ¥2.5, remote ¥8, elsewhere ¥3.5" (¥1 per extra
 * kg) in the options editor. Returns the keys it took; the contract is deleted afterwards so that later scenarios
 * price with the contracts they expect.
 */
export async function buildPresetContractByKeyboard(
	tab: BrowserTab,
): Promise<{ tabsToNew: number; keys: number; typed: number }> {
	await tab.gotoExtensionPage('options.html');
	const focused = () => tab.evaluate(focusedInPage, undefined);
	await pollUntil(
		() => tab.evaluate(() => !!document.querySelector('[data-cl="contract-new"]'), undefined),
		Boolean,
		5000,
	);
	const before = new Set((await tab.evaluate(storedContractsInPage, undefined)).map((contract) => contract.id));
	let keys = 0;
	let typed = 0;
	const press = async (key: string) => {
		keys += 1;
		await tab.press(key);
	};
	const type = async (text: string) => {
		typed += 1;
		await tab.type(text);
	};
	let tabsToNew = 0;
	while (tabsToNew < 20 && (await focused()) !== 'contract-new:') {
		await press('Tab');
		tabsToNew += 1;
	}
	expect(await focused()).toBe('contract-new:');
	await press('Enter');
	await pollUntil(focused, (id) => id === 'f-rates-firstFen', 3000);
	expect(await focused()).toBe('f-rates-firstFen');
	await type('3.5');
	await press('Tab');
	expect(await focused()).toBe('f-rates-extraFen');
	await type('1');
	await press('Tab'); // the nationwide card's "first weight, step and bands" disclosure
	await press('Tab'); // the presets toolbar: one stop
	expect(await focused()).toBe('editor-preset:jiangzhehu');
	await press('Enter');
	expect(await pollUntil(focused, (id) => id === 'f-provinceRates-31-firstFen', 3000)).toBe(
		'f-provinceRates-31-firstFen',
	);
	await type('2.5');
	await press('Shift+Tab');
	expect(await focused()).toBe('editor-preset:jiangzhehu');
	await press('End');
	expect(await focused()).toBe('editor-preset:remote');
	await press('Enter');
	expect(await pollUntil(focused, (id) => id === 'f-provinceRates-15-firstFen', 3000)).toBe(
		'f-provinceRates-15-firstFen',
	);
	await type('8');
	await press('Enter'); // submits the form
	// Saved: the editor closes and gives focus back to the button that opened it (never to <body>).
	expect(await pollUntil(focused, (id) => id === 'contract-new:', 5000)).toBe('contract-new:');
	const added = (await tab.evaluate(storedContractsInPage, undefined)).filter((contract) => !before.has(contract.id));
	expect(added).toHaveLength(1);
	const [contract] = added;
	expect(contract?.rates).toMatchObject({ firstFen: 350, extraFen: 100 });
	for (const code of ['31', '32', '33'])
		expect(contract?.provinceRates[code]).toMatchObject({ firstFen: 250, extraFen: 100 });
	for (const code of ['15', '46', '54', '62', '63', '64', '65'])
		expect(contract?.provinceRates[code]).toMatchObject({ firstFen: 800, extraFen: 100 });
	if (contract) await tab.evaluate(deleteContractInPage, contract.id);
	return { tabsToNew, keys, typed };
}
