import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ExtensionSuite } from './extension-suite';
import { pickPricingPage } from './fixtures';
import { expandPanel, panelFrameOf, waitForPanel } from './panel';
import { type BrowserTab, type Evaluator, pollUntil } from './session';

interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
	width: number;
	height: number;
}

/** The host's box in the page, and the viewport. */
const hostBox = (tab: BrowserTab) =>
	tab.evaluate(() => {
		const r = document.querySelector('[data-cl-host]')?.getBoundingClientRect();
		const box = r && { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
		const root = document.documentElement;
		// The visible area, without classic scrollbars (Firefox draws them).
		return { box: box ?? null, viewport: { width: root.clientWidth, height: root.clientHeight } };
	}, undefined);

/** The panel's own attributes and what holds the focus in its frame. */
const panelAttrs = (frame: Evaluator) =>
	frame.evaluate(() => {
		const panel = document.querySelector('[data-cl="panel"]');
		const focused = document.activeElement;
		return {
			collapsed: panel?.getAttribute('data-collapsed') ?? null,
			dock: panel?.getAttribute('data-dock') ?? null,
			focus: focused && focused !== document.body ? (focused.getAttribute('aria-expanded') ?? focused.tagName) : null,
		};
	}, undefined);

/** The collapsed panel's two controls (its toggle and the comparison link) and the frame's viewport they must fit in. */
const collapsedControls = (frame: Evaluator) =>
	frame.evaluate(() => {
		const boxOf = (selector: string) => {
			const r = document.querySelector(selector)?.getBoundingClientRect();
			return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width } : null;
		};
		return {
			toggle: boxOf('[data-cl="panel"] button[aria-expanded]'),
			compare: boxOf('[data-cl="open-compare"]'),
			viewport: { width: innerWidth, height: innerHeight },
		};
	}, undefined);

/** Focuses an element of the panel the way a click would: the frame first, then the element. */
async function focusInPanel(tab: BrowserTab, selector: string): Promise<Evaluator> {
	await tab.evaluate(() => {
		document.querySelector('[data-cl-host]')?.shadowRoot?.querySelector<HTMLIFrameElement>('iframe')?.focus();
	}, undefined);
	const frame = await panelFrameOf(tab);
	const focused = await frame.evaluate((sel) => {
		const el = document.querySelector<HTMLElement>(sel);
		el?.focus();
		return !!el && document.activeElement === el;
	}, selector);
	if (!focused) throw new Error(`${selector} did not take the focus`);
	return frame;
}

const near = (a: number, b: number, within = 2) => Math.abs(a - b) <= within;

interface StorageApi {
	storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

/**
 * The panel's geometry, owned by the content script and driven from the frame: Escape and the toggle with focus
 * kept on it, arrow keys / Home / End, a pointer drag remembered across a reload, and the layout by window width.
 */
export function registerPlacementScenarios(suite: ExtensionSuite): void {
	const page = pickPricingPage(suite.pages);
	describe('the panel is moved, docked and collapsed by keyboard and pointer', () => {
		let tab: BrowserTab;
		beforeAll(async () => {
			tab = await suite.session.newTab();
			await tab.setViewport(1280, 900);
			await tab.bringToFront();
			await tab.goto(`${page.url}&cl_place=1`);
			await waitForPanel(tab);
			await expandPanel(tab);
		});
		afterAll(async () => {
			// Back to the default for the other scenarios in this profile: docked right, expanded.
			await focusInPanel(tab, '[data-cl="drag-handle"]').catch(() => {});
			await tab.press('Home').catch(() => {});
			await tab.close();
		});

		test('Escape anywhere in the panel collapses it onto its toggle; the toggle expands it and keeps the focus', async () => {
			const frame = await focusInPanel(tab, 'input[data-cl="weight-kg"]');
			const expanded = await hostBox(tab);
			await tab.press('Escape');
			const collapsed = await pollUntil(
				() => panelAttrs(frame),
				(a) => a.collapsed === 'true' && a.focus === 'false',
				3000,
			);
			expect(collapsed).toMatchObject({ collapsed: 'true', focus: 'false' });
			const small = await pollUntil(
				() => hostBox(tab),
				(h) => (h.box?.width ?? 999) < (expanded.box?.width ?? 0),
				3000,
			);
			expect(small.box?.width).toBeLessThan(expanded.box?.width ?? 0);
			// Smaller, yet whole: the toggle and the comparison link show inside the frame, not clipped to a sliver.
			const controls = await collapsedControls(frame);
			for (const control of [controls.toggle, controls.compare]) {
				expect(control?.width).toBeGreaterThan(10);
				expect(control?.left).toBeGreaterThanOrEqual(0);
				expect(control?.top).toBeGreaterThanOrEqual(0);
				expect(control?.right).toBeLessThanOrEqual(controls.viewport.width + 0.5);
				expect(control?.bottom).toBeLessThanOrEqual(controls.viewport.height + 0.5);
			}
			await tab.press('Enter');
			expect(
				await pollUntil(
					() => panelAttrs(frame),
					(a) => a.collapsed === 'false' && a.focus === 'true',
					3000,
				),
			).toMatchObject({
				collapsed: 'false',
				focus: 'true',
			});
			await tab.press('Escape');
			await tab.press('Escape'); // collapsed already: focus stays on the toggle
			expect(
				await pollUntil(
					() => panelAttrs(frame),
					(a) => a.collapsed === 'true' && a.focus === 'false',
					3000,
				),
			).toMatchObject({ focus: 'false' });
			await tab.press('Enter');
			await pollUntil(
				() => panelAttrs(frame),
				(a) => a.collapsed === 'false',
				3000,
			);
		});

		test('End docks it left, Home docks it right, arrow keys move it free; data-dock follows', async () => {
			const frame = await focusInPanel(tab, '[data-cl="drag-handle"]');
			const dockedAt = async (dock: string) =>
				pollUntil(
					() => panelAttrs(frame),
					(a) => a.dock === dock,
					3000,
				);
			await tab.press('End');
			expect((await dockedAt('left')).dock).toBe('left');
			expect(
				(
					await pollUntil(
						() => hostBox(tab),
						(h) => h.box?.left === 0,
						3000,
					)
				).box?.left,
			).toBe(0);
			await tab.press('Home');
			expect((await dockedAt('right')).dock).toBe('right');
			const right = await pollUntil(
				() => hostBox(tab),
				(h) => (h.box?.left ?? 0) > 0,
				3000,
			);
			await tab.press('ArrowLeft');
			await tab.press('ArrowLeft');
			await tab.press('ArrowDown');
			expect((await dockedAt('free')).dock).toBe('free');
			const moved = await pollUntil(
				() => hostBox(tab),
				(h) => near(h.box?.left ?? 0, (right.box?.left ?? 0) - 32) && near(h.box?.top ?? 0, (right.box?.top ?? 0) + 16),
				3000,
			);
			expect(moved.box?.left).toBeCloseTo((right.box?.left ?? 0) - 32, 0);
			expect(moved.box?.top).toBeCloseTo((right.box?.top ?? 0) + 16, 0);
		});

		test('dragged by the grip in its header, it stays where it was left after a reload', async () => {
			const frame = await panelFrameOf(tab);
			const grip = await frame.evaluate(() => {
				const r = document.querySelector('[data-cl="drag-handle"]')?.getBoundingClientRect();
				return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
			}, undefined);
			const before = (await hostBox(tab)).box as Box;
			expect(grip).not.toBeNull();
			const from = { x: before.left + (grip?.x ?? 0), y: before.top + (grip?.y ?? 0) };
			await tab.drag(from, { x: from.x - 300, y: from.y + 60 });
			const after = await pollUntil(
				() => hostBox(tab),
				(h) => near(h.box?.left ?? 0, before.left - 300, 16) && near(h.box?.top ?? 0, before.top + 60, 16),
				3000,
			);
			// Within a step or two of the pointer: the frame takes the capture on the first move.
			expect(Math.abs((after.box?.left ?? 0) - (before.left - 300))).toBeLessThanOrEqual(16);
			expect(Math.abs((after.box?.top ?? 0) - (before.top + 60))).toBeLessThanOrEqual(16);
			// The place is saved when the drag ends (extension storage, read here from the panel's own page).
			const saved = await pollUntil(
				() =>
					frame.evaluate(async () => {
						const api =
							(globalThis as { browser?: StorageApi; chrome?: StorageApi }).browser ??
							(globalThis as { chrome?: StorageApi }).chrome;
						const stored = (await api?.storage.local.get('panelPlacement'))?.panelPlacement as
							| Record<string, { x: number; y: number }>
							| undefined;
						return stored?.taobao ?? null;
					}, undefined),
				(p) => near(p?.x ?? 0, after.box?.left ?? 0) && near(p?.y ?? 0, after.box?.top ?? 0),
				3000,
			);
			expect(saved).toMatchObject({ x: after.box?.left, y: after.box?.top });
			await tab.reload();
			await waitForPanel(tab);
			const reloaded = await pollUntil(
				() => hostBox(tab),
				(h) => near(h.box?.left ?? 0, after.box?.left ?? 0) && near(h.box?.top ?? 0, after.box?.top ?? 0),
				3000,
			);
			expect(reloaded.box).toMatchObject({ left: after.box?.left, top: after.box?.top });
			expect((await panelAttrs(await panelFrameOf(tab))).dock).toBe('free');
		});

		test('a bottom sheet under 600 px, compact under 1,100 px, always inside the window', async () => {
			// Reloaded at its dragged place, the panel starts collapsed where it would cover the buy area.
			await expandPanel(tab);
			await tab.setViewport(375, 700);
			const sheet = await pollUntil(
				() => hostBox(tab),
				(h) => h.box?.width === h.viewport.width,
				3000,
			);
			expect(sheet.viewport.width).toBeLessThanOrEqual(375);
			expect(sheet.box).toMatchObject({ left: 0, width: sheet.viewport.width, bottom: sheet.viewport.height });
			await tab.setViewport(1024, 800);
			const compact = await pollUntil(
				() => hostBox(tab),
				(h) => h.box?.width === 280,
				3000,
			);
			expect(compact.box?.width).toBe(280);
			expect(compact.box?.right).toBeLessThanOrEqual(compact.viewport.width);
			expect(compact.box?.bottom).toBeLessThanOrEqual(compact.viewport.height);
			await tab.setViewport(1280, 900);
		});
	});

	/**
	 * Where the page shows these texts: the boxes of the text runs that hold them (the first 12 characters of each),
	 * in viewport coordinates.
	 */
	const textBoxes = (tab: BrowserTab, texts: string[]) =>
		tab.evaluate((wanted) => {
			const boxes: { text: string; left: number; top: number; right: number; bottom: number }[] = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			const range = document.createRange();
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const value = node.nodeValue ?? '';
				for (const text of wanted) {
					const at = value.indexOf(text);
					if (at < 0) continue;
					range.setStart(node, at);
					range.setEnd(node, at + text.length);
					const r = range.getBoundingClientRect();
					if (r.width > 0) boxes.push({ text, left: r.left, top: r.top, right: r.right, bottom: r.bottom });
				}
			}
			return boxes;
		}, texts);

	describe('the panel leaves the item title and price readable', () => {
		const shown = [page.expected.title?.slice(0, 12), page.expected.price].filter((t): t is string => !!t);
		for (const [width, height] of [
			[1024, 768],
			[375, 700],
		] as const) {
			test(`at ${width} px it covers neither, expanded or collapsed as it starts`, async () => {
				const tab = await suite.session.newTab();
				try {
					await tab.setViewport(width, height);
					await tab.bringToFront();
					await tab.goto(page.url);
					await waitForPanel(tab);
					const texts = await textBoxes(tab, shown);
					expect(new Set(texts.map((t) => t.text)).size).toBe(shown.length);
					// Measured once the host shows (before, it is transparent at the size it assumes for the panel).
					const visible = await pollUntil(
						() =>
							tab.evaluate(() => {
								const host = document.querySelector<HTMLElement>('[data-cl-host]');
								return !!host && !host.inert && getComputedStyle(host).opacity === '1';
							}, undefined),
						Boolean,
						5000,
					);
					expect(visible).toBe(true);
					const box = (await hostBox(tab)).box as Box;
					const covered = texts.filter(
						(t) => t.left < box.right && box.left < t.right && t.top < box.bottom && box.top < t.bottom,
					);
					const where = (t: (typeof texts)[number]) => `${t.text} at ${Math.round(t.left)},${Math.round(t.top)}`;
					expect(covered.map(where), `panel at ${JSON.stringify(box)}`).toEqual([]);
				} finally {
					await tab.close();
				}
			});
		}
	});
}
