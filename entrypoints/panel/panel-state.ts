import type { ProvinceCode } from '../../utils/core/ids';
import type { FramePanelState, PanelTabState } from '../../utils/messaging/protocol';

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
