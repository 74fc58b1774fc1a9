// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxRect, hostBox, layoutFor, type Placement, placementFrom } from '../../entrypoints/storefront/placement';

const TALL = { collapsed: false, width: 320, height: 2000 };

describe('the host box', () => {
	it('full from 1,100 px, compact below, a bottom sheet under 600 px', () => {
		expect([1280, 1100, 1099, 600, 599, 375].map(layoutFor)).toEqual([
			'full',
			'full',
			'compact',
			'compact',
			'sheet',
			'sheet',
		]);
	});

	it('docked right by default: at the right edge, below the marketplace header, as tall as the window allows', () => {
		const box = hostBox({ width: 1280, height: 900 }, { dock: 'right', x: 0, y: 0 }, TALL);
		expect(box).toMatchObject({ left: null, right: 0, top: 120, width: 320 });
		expect(box.height + (box.top ?? 0)).toBeLessThanOrEqual(900);
		expect(hostBox({ width: 1024, height: 768 }, { dock: 'left', x: 0, y: 0 }, TALL)).toMatchObject({
			left: 0,
			right: null,
			width: 280,
		});
	});

	it('a short panel is as tall as it asks; collapsed it is its tab', () => {
		const viewport = { width: 1280, height: 900 };
		expect(hostBox(viewport, { dock: 'right', x: 0, y: 0 }, { collapsed: false, width: 320, height: 300 }).height).toBe(
			300,
		);
		expect(hostBox(viewport, { dock: 'right', x: 0, y: 0 }, { collapsed: true, width: 110, height: 40 })).toMatchObject(
			{
				width: 110,
				height: 40,
			},
		);
	});

	it('a bottom sheet spans the window at the bottom, at most 60 % of its height', () => {
		expect(hostBox({ width: 375, height: 700 }, { dock: 'free', x: 50, y: 50 }, TALL)).toEqual({
			left: 0,
			right: 0,
			top: null,
			bottom: 0,
			width: null,
			height: 420,
		});
	});

	it('a free panel stays where it was put, and gets shorter rather than leaving the window', () => {
		const viewport = { width: 1280, height: 900 };
		expect(hostBox(viewport, { dock: 'free', x: 400, y: 200 }, { ...TALL, height: 300 })).toMatchObject({
			left: 400,
			top: 200,
		});
		const low = hostBox(viewport, { dock: 'free', x: 400, y: 600 }, TALL);
		expect(low).toMatchObject({ left: 400, top: 600, height: 292 });
	});

	it('is always inside the viewport, whatever the place, size and window', () => {
		const placement = fc.record({
			dock: fc.constantFrom('right', 'left', 'free'),
			x: fc.integer({ min: -5000, max: 5000 }),
			y: fc.integer({ min: -5000, max: 5000 }),
		}) as fc.Arbitrary<Placement>;
		const panel = fc.record({
			collapsed: fc.boolean(),
			width: fc.integer({ min: 40, max: 300 }),
			height: fc.integer({ min: 20, max: 4000 }),
		});
		const viewport = fc.record({
			width: fc.integer({ min: 320, max: 3000 }),
			height: fc.integer({ min: 320, max: 2000 }),
		});
		fc.assert(
			fc.property(viewport, placement, panel, (v, p, size) => {
				const r = boxRect(hostBox(v, p, size), v);
				return r.left >= 0 && r.top >= 0 && r.right <= v.width + 0.5 && r.bottom <= v.height + 0.5;
			}),
		);
	});

	it('reads a stored place defensively: anything malformed is the default', () => {
		expect(placementFrom({ dock: 'free', x: 12, y: 34 })).toEqual({ dock: 'free', x: 12, y: 34 });
		expect(placementFrom({ dock: 'left' })).toEqual({ dock: 'left', x: 0, y: 0 });
		for (const junk of [null, undefined, 'x', { dock: 'up', x: 'a', y: Number.NaN }])
			expect(placementFrom(junk)).toEqual({ dock: 'right', x: 0, y: 0 });
	});
});
