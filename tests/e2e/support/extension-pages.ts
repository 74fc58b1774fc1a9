import { type BrowserTab, pollUntil } from './session';

/** Popup and options hooks (README, "Automation hooks"). */
export const POPUP = {
	destination: 'select[data-cl="destination"]',
	weightKg: 'input[data-cl="weight-kg"]',
	contractForm: (carrier: string) => `[data-cl="contract"][data-carrier="${carrier}"]`,
	firstKgYuan: 'input[data-cl="first-kg-yuan"]',
	extraKgYuan: 'input[data-cl="extra-kg-yuan"]',
	save: '[data-cl="save"]',
} as const;

export const OPTIONS = {
	importInput: 'input[type=file][data-cl="import"]',
	importResult: '[data-cl="import-result"]',
} as const;

/**
 * Sets a select's or input's value as a user would and fires `input` and `change` (the popup saves on change).
 * Runs in the page; returns false when the control is missing or a select has no such option.
 */
function setControlInPage({ selector, value }: { selector: string; value: string }): boolean {
	const el = document.querySelector(selector);
	if (el instanceof HTMLSelectElement) {
		if (![...el.options].some((o) => o.value === value)) return false;
		el.value = value;
	} else if (el instanceof HTMLInputElement) {
		el.focus();
		el.value = value;
	} else {
		return false;
	}
	el.dispatchEvent(new Event('input', { bubbles: true }));
	el.dispatchEvent(new Event('change', { bubbles: true }));
	return true;
}

/** Waits for the control to render (pages fetch their state from the background first), then sets it. */
export async function setControl(tab: BrowserTab, selector: string, value: string): Promise<void> {
	const ok = await pollUntil(() => tab.evaluate(setControlInPage, { selector, value }), Boolean, 5000);
	if (!ok) throw new Error(`Cannot set ${selector} to ${value}: control or option missing`);
}

export const controlValue = (tab: BrowserTab, selector: string) =>
	tab.evaluate(
		(sel) => (document.querySelector(sel) as HTMLInputElement | HTMLSelectElement | null)?.value ?? null,
		selector,
	);

/** Opens the popup as a tab page (`popup.html`) and waits until its destination control has rendered. */
export async function openPopup(tab: BrowserTab): Promise<void> {
	await tab.gotoExtensionPage('popup.html');
	await waitForElement(tab, POPUP.destination);
}

/** Sets the popup's default destination (province code) and weight in kg. */
export async function setParcelDefaults(tab: BrowserTab, destination: string, weightKg: string): Promise<void> {
	await setControl(tab, POPUP.destination, destination);
	await setControl(tab, POPUP.weightKg, weightKg);
}

/** Fills and saves the popup's quick contract (nationwide, first kg + each started extra kg) for one carrier. */
export async function saveQuickContract(
	tab: BrowserTab,
	carrier: string,
	firstKgYuan: string,
	extraKgYuan: string,
): Promise<void> {
	const form = POPUP.contractForm(carrier);
	await setControl(tab, `${form} ${POPUP.firstKgYuan}`, firstKgYuan);
	await setControl(tab, `${form} ${POPUP.extraKgYuan}`, extraKgYuan);
	const clicked = await tab.evaluate((sel) => {
		const button = document.querySelector<HTMLElement>(sel);
		button?.click();
		return !!button;
	}, `${form} ${POPUP.save}`);
	if (!clicked) throw new Error(`No save button in ${form}`);
}

/**
 * Imports a contracts file on a freshly loaded options page and returns the result's `data-ok`
 * ("true" | "false"), or null if no result appeared.
 */
export async function importContracts(tab: BrowserTab, file: string): Promise<string | null> {
	await tab.gotoExtensionPage('options.html');
	await waitForElement(tab, OPTIONS.importInput);
	await tab.uploadFile(OPTIONS.importInput, file);
	return pollUntil(
		() => tab.evaluate((sel) => document.querySelector(sel)?.getAttribute('data-ok') ?? null, OPTIONS.importResult),
		(ok) => ok === 'true' || ok === 'false',
		8000,
	);
}

async function waitForElement(tab: BrowserTab, selector: string, timeoutMs = 5000): Promise<void> {
	const found = await pollUntil(
		() => tab.evaluate((sel) => !!document.querySelector(sel), selector),
		Boolean,
		timeoutMs,
	);
	if (!found) throw new Error(`${selector} did not appear within ${timeoutMs} ms`);
}
