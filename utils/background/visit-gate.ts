import { SAME_VISIT_MS } from '../core/comparison-model';

/**
 * What a page's scripts can do to the comparison: nothing beyond what a merchant's browsing does. Readings come
 * from the tab's content script, and the page can make it read again (re-render, fire events, navigate inside
 * the page), so the background admits a reading for recording only:
 *  - once per distinct reading per tab within `repeatWindowMs` (the panel asks again on every settings change,
 *    also after "Clear history": a page left open is not recorded again by that), and
 *  - within a per-tab token bucket of `burst` readings refilled one per `refillMs` (a script that invents a new
 *    reading every millisecond gets `burst` rows, then one every few seconds, like a merchant clicking through).
 * Memory is bounded: at most `maxTabs` tabs and `maxReadingsPerTab` readings per tab are remembered.
 */
export interface VisitGateOptions {
	now: () => number;
	repeatWindowMs?: number;
	burst?: number;
	refillMs?: number;
	maxTabs?: number;
	maxReadingsPerTab?: number;
}

interface TabState {
	/** Reading fingerprint → when it was last admitted. */
	seen: Map<string, number>;
	tokens: number;
	refilledAt: number;
}

export interface VisitGate {
	/** True when this reading in this tab may be recorded now (and counts it). */
	admit(tabId: number, fingerprint: string): boolean;
}

export function createVisitGate({
	now,
	repeatWindowMs = SAME_VISIT_MS,
	burst = 10,
	refillMs = 3_000,
	maxTabs = 500,
	maxReadingsPerTab = 200,
}: VisitGateOptions): VisitGate {
	const tabs = new Map<number, TabState>();

	const stateOf = (tabId: number, at: number): TabState => {
		let state = tabs.get(tabId);
		if (state) {
			tabs.delete(tabId); // re-inserted below: Map order is then least recently used first
		} else {
			state = { seen: new Map(), tokens: burst, refilledAt: at };
			const oldest = tabs.keys().next();
			if (tabs.size >= maxTabs && !oldest.done) tabs.delete(oldest.value);
		}
		tabs.set(tabId, state);
		return state;
	};

	return {
		admit(tabId, fingerprint) {
			const at = now();
			const state = stateOf(tabId, at);
			const refills = Math.floor((at - state.refilledAt) / refillMs);
			if (refills > 0) {
				state.tokens = Math.min(burst, state.tokens + refills);
				state.refilledAt += refills * refillMs;
			}
			const last = state.seen.get(fingerprint);
			if (last !== undefined && at - last < repeatWindowMs) return false;
			if (state.tokens < 1) return false;
			state.tokens -= 1;
			state.seen.delete(fingerprint);
			state.seen.set(fingerprint, at);
			const oldest = state.seen.keys().next();
			if (state.seen.size > maxReadingsPerTab && !oldest.done) state.seen.delete(oldest.value);
			return true;
		},
	};
}
