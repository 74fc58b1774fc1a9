import type { RankingStrategy } from '../../utils/core/estimate-model';
import type { ProvinceCode } from '../../utils/core/ids';
import { DEFAULT_SETTINGS } from '../../utils/core/settings-defaults';
import type { MerchantSettings } from '../../utils/core/settings-model';
import type { FramePanelState, PanelChoices, PanelTabState } from '../../utils/messaging/protocol';

/**
 * What the panel shows for a tab's state: nothing (`hidden`) when the tab has no seller page or the merchant
 * switched this marketplace off; `loading` until there is an estimate; `error` when the page could not be read
 * or the database failed; `partial` when the estimate used assumptions (ship-from unknown: zone assumed
 * national; or no price); otherwise `ready`. A blocked page (captcha, login) is `ready` with no numbers.
 */
export function panelStateOf(state: PanelTabState | null): FramePanelState {
	if (!state) return 'loading';
	const { reading, settings, estimate } = state;
	if (!reading) return 'hidden';
	if (settings && !settings.enabledSites[reading.platform]) return 'hidden';
	if (state.errorCode || !reading.facts) return 'error';
	if (reading.pageType === 'blocked') return 'ready';
	if (!estimate) return 'loading';
	const priceUnknown = reading.pageType === 'item' && reading.facts.price === null;
	return estimate.originSource === 'unknown' || priceUnknown ? 'partial' : 'ready';
}

/**
 * Collapsed when the merchant said so in this panel; otherwise as remembered for this marketplace, or when
 * the expanded panel would cover the page's buy area (not remembered: the merchant can expand it).
 */
export function isCollapsed(chosen: boolean | null, remembered: boolean, covered: boolean): boolean {
	return chosen ?? (remembered || covered);
}

/**
 * Where the switch calculator starts from for this page: the origin the estimate used (the page's ship-from, or
 * the warehouse in warehouse mode), else the page's ship-from, else the warehouse; null when none is known.
 */
export function switchOrigin(state: PanelTabState): ProvinceCode | null {
	return (
		state.estimate?.origin ?? state.reading?.facts?.shipFrom?.province ?? state.settings?.warehouseProvince ?? null
	);
}

/**
 * The stale-reply guard: the state to show when `next` arrives while `shown` is on screen. Replies and pushes can
 * arrive in any order; the background numbers its states, and an older one never replaces a newer one.
 */
export function newerState(shown: PanelTabState | null, next: PanelTabState | null): PanelTabState | null {
	if (!next) return shown;
	return shown && shown.revision > next.revision ? shown : next;
}

/** What the panel's controls show: the estimate's values, else the merchant's settings, else the product defaults. */
export function panelInputs(state: PanelTabState): {
	destination: ProvinceCode;
	weightGrams: number;
	strategy: RankingStrategy;
	currency: MerchantSettings['currencyDisplay'];
} {
	const settings = state.settings ?? DEFAULT_SETTINGS;
	return {
		destination: state.estimate?.destination ?? settings.defaultDestination,
		weightGrams: state.estimate?.parcel.actualGrams ?? settings.defaultWeightGrams,
		strategy: state.estimate?.strategy ?? settings.ranking,
		currency: settings.currencyDisplay,
	};
}

/**
 * The panel's choices once settings or contracts changed. Changed elsewhere (popup, options): the defaults apply
 * again. Changed by this panel's ranking buttons: the ranking is the setting now, and the destination and weight
 * the merchant chose here stay.
 */
export function choicesAfterSettingsChange(choices: PanelChoices, ownRankingSave: boolean): PanelChoices {
	return ownRankingSave ? { ...choices, strategy: null } : NO_CHOICES;
}

/** No choice made in the panel: everything comes from the merchant's settings. */
export const NO_CHOICES: PanelChoices = { destination: null, weightGrams: null, strategy: null };
