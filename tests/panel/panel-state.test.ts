// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
	choicesAfterSettingsChange,
	isCollapsed,
	NO_CHOICES,
	newerState,
	panelInputs,
	panelStateOf,
	switchOrigin,
} from '../../entrypoints/panel/panel-state';
import { DEFAULT_SETTINGS } from '../../utils/core/settings-defaults';
import type { PanelTabState } from '../../utils/messaging/protocol';
import { sampleEstimate, sampleFacts } from '../components/helpers';

const facts = sampleFacts();
const state = (patch: Partial<PanelTabState> = {}): PanelTabState => ({
	tabId: 1,
	revision: 1,
	reading: { platform: 'taobao', pageType: 'item', facts, diagnostics: null },
	settings: DEFAULT_SETTINGS,
	estimate: sampleEstimate(facts),
	errorCode: null,
	choices: { destination: null, weightGrams: null, strategy: null },
	view: { layout: 'full', dock: 'right', theme: 'light', covered: false },
	estimates: 1,
	comparison: null,
	storageProblem: null,
	...patch,
});

describe('what the panel shows', () => {
	it('loading until the background answers; hidden on no seller page or a marketplace switched off', () => {
		expect(panelStateOf(null)).toBe('loading');
		expect(panelStateOf(state({ reading: null }))).toBe('hidden');
		const off = { ...DEFAULT_SETTINGS, enabledSites: { ...DEFAULT_SETTINGS.enabledSites, taobao: false } };
		expect(panelStateOf(state({ settings: off }))).toBe('hidden');
		expect(panelStateOf(state({ estimate: null }))).toBe('loading');
	});

	it('error when the page could not be read or the database failed; blocked pages are ready without numbers', () => {
		expect(panelStateOf(state({ errorCode: 'storage_unavailable', estimate: null }))).toBe('error');
		expect(panelStateOf(state({ reading: { platform: 'jd', pageType: 'item', facts: null, diagnostics: null } }))).toBe(
			'error',
		);
		const blocked = {
			platform: 'taobao',
			pageType: 'blocked',
			facts: { ...facts, pageType: 'blocked' },
			diagnostics: null,
		} as const;
		expect(panelStateOf(state({ reading: blocked, estimate: null }))).toBe('ready');
	});

	it('partial when the estimate assumed something (no ship-from, or no price)', () => {
		expect(panelStateOf(state())).toBe('ready');
		const noPrice = { ...facts, price: null };
		expect(
			panelStateOf(state({ reading: { platform: 'taobao', pageType: 'item', facts: noPrice, diagnostics: null } })),
		).toBe('partial');
		const noOrigin = sampleFacts({ shipFrom: null });
		expect(panelStateOf(state({ estimate: sampleEstimate(noOrigin) }))).toBe('partial');
	});

	it('collapsed as the merchant chose here, else as remembered, else when it would cover the buy area', () => {
		expect(isCollapsed(null, false, false)).toBe(false);
		expect(isCollapsed(null, true, false)).toBe(true);
		expect(isCollapsed(null, false, true)).toBe(true);
		expect(isCollapsed(false, true, true)).toBe(false);
		expect(isCollapsed(true, false, false)).toBe(true);
	});

	it('the switch calculator starts from the origin the estimate used, else the page, else the warehouse', () => {
		expect(switchOrigin(state())).toBe('33');
		const warehouse = { ...DEFAULT_SETTINGS, originMode: 'warehouse', warehouseProvince: '44' } as const;
		expect(switchOrigin(state({ settings: warehouse, estimate: sampleEstimate(facts, warehouse) }))).toBe('44');
		expect(switchOrigin(state({ estimate: null }))).toBe('33');
		const noShipFrom = {
			platform: 'taobao',
			pageType: 'item',
			facts: sampleFacts({ shipFrom: null }),
			diagnostics: null,
		} as const;
		expect(switchOrigin(state({ reading: noShipFrom, estimate: null, settings: warehouse }))).toBe('44');
		expect(switchOrigin(state({ reading: noShipFrom, estimate: null }))).toBeNull();
	});

	it('keeps the newest state whatever order replies and pushes arrive in', () => {
		const older = state({ revision: 3 });
		const newer = state({ revision: 4 });
		expect(newerState(null, older)).toBe(older);
		expect(newerState(older, newer)).toBe(newer);
		expect(newerState(newer, older)).toBe(newer);
		expect(newerState(newer, null)).toBe(newer);
		expect(newerState(null, null)).toBeNull();
	});

	it('the controls show the estimate, else the settings, else DEFAULT_SETTINGS', () => {
		const estimate = sampleEstimate(facts, { defaultDestination: '65' });
		expect(panelInputs(state({ estimate }))).toMatchObject({ destination: '65', weightGrams: 1000 });
		const settings = {
			...DEFAULT_SETTINGS,
			defaultDestination: '44',
			defaultWeightGrams: 2500,
			ranking: 'best_value',
		} as const;
		expect(panelInputs(state({ estimate: null, settings }))).toEqual({
			destination: '44',
			weightGrams: 2500,
			strategy: 'best_value',
			currency: DEFAULT_SETTINGS.currencyDisplay,
		});
		expect(panelInputs(state({ estimate: null, settings: null }))).toEqual({
			destination: DEFAULT_SETTINGS.defaultDestination,
			weightGrams: DEFAULT_SETTINGS.defaultWeightGrams,
			strategy: DEFAULT_SETTINGS.ranking,
			currency: DEFAULT_SETTINGS.currencyDisplay,
		});
	});

	it("after a settings change the defaults apply again; after the panel's own ranking save its other choices stay", () => {
		const chosen = { destination: '65', weightGrams: 2500, strategy: 'most_reliable' } as const;
		expect(choicesAfterSettingsChange(chosen, false)).toEqual(NO_CHOICES);
		expect(choicesAfterSettingsChange(chosen, true)).toEqual({ destination: '65', weightGrams: 2500, strategy: null });
	});
});
