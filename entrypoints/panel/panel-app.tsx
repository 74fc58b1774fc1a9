import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '../../components/i18n';
import { Panel } from '../../components/panel/panel';
import type { RankingStrategy } from '../../utils/core/estimate-model';
import type { Platform } from '../../utils/core/ids';
import {
	type HostCommand,
	type PanelChoices,
	type PanelTabState,
	sendMessage,
	type TabPush,
} from '../../utils/messaging/protocol';
import { collapsedPanels, rememberPanelCollapsed } from '../../utils/platform/panel-prefs';
import { SETTINGS_REVISION_KEY } from '../../utils/platform/storage-keys';
import {
	choicesAfterSettingsChange,
	isCollapsed,
	NO_CHOICES,
	newerState,
	panelInputs,
	panelStateOf,
	switchOrigin,
} from './panel-state';

const isStatePush = (message: unknown): message is Extract<TabPush, { name: 'panel.state' }> =>
	(message as { name?: unknown } | null)?.name === 'panel.state';

const toHost = (command: HostCommand) => void sendMessage('panel.host', command);

/** The header's grip moves the host, which the content script owns. */
const GRIP = {
	onDrag: (phase: 'start' | 'move' | 'end', screenX: number, screenY: number) =>
		toHost({ kind: 'drag', phase, screenX, screenY }),
	onNudge: (dx: number, dy: number) => toHost({ kind: 'nudge', dx, dy }),
	onDock: (side: 'right' | 'left') => toHost({ kind: 'dock', side }),
};

/**
 * The panel of one tab. Its state comes from the background (asked for once at start, then pushed after every
 * change); the merchant's choices go back to it. After each render it tells the host (through the background)
 * its state and the size it needs; drags and dock keys go the same way.
 */
export function PanelApp() {
	const [state, setState] = useState<PanelTabState | null>(null);
	/** Collapsed per marketplace as the merchant left it; null until read (read while the state is asked for). */
	const [remembered, setRemembered] = useState<Partial<Record<Platform, boolean>> | null>(null);
	const [chosenCollapsed, setChosenCollapsed] = useState<boolean | null>(null);
	const { t } = useI18n();
	const title = t('panel_frame_title');
	const wrapper = useRef<HTMLDivElement>(null);
	const reported = useRef('');
	/** The latest state, for listeners registered once. */
	const latest = useRef<PanelTabState | null>(null);
	latest.current = state;
	/** Set while this panel's own ranking save is on its way: the settings change it causes keeps the other choices. */
	const savingRanking = useRef(false);

	// A layout effect, not an effect: Preact runs effects after a paint, and a hidden frame may not paint (its
	// animation frames are throttled) for a long while; the state is asked for at once.
	useLayoutEffect(() => {
		const newest = (next: PanelTabState | null) => setState((shown) => newerState(shown, next));
		const onMessage = (message: unknown, sender: { id?: string }) => {
			if (sender.id === browser.runtime.id && isStatePush(message)) newest(message.state);
		};
		browser.runtime.onMessage.addListener(onMessage);
		void sendMessage('panel.hello', null).then((reply) => newest(reply.ok ? reply.value : null));
		void collapsedPanels().then(setRemembered);
		// Settings or contracts changed: the defaults apply again (see choicesAfterSettingsChange).
		const onStorage = (changes: Record<string, unknown>, area: string) => {
			if (area !== 'local' || !(SETTINGS_REVISION_KEY in changes)) return;
			const own = savingRanking.current;
			savingRanking.current = false;
			void sendMessage('panel.choose', choicesAfterSettingsChange(latest.current?.choices ?? NO_CHOICES, own));
		};
		browser.storage.onChanged.addListener(onStorage);
		return () => {
			browser.runtime.onMessage.removeListener(onMessage);
			browser.storage.onChanged.removeListener(onStorage);
		};
	}, []);

	const reading = state?.reading ?? null;
	const platform = reading?.platform ?? null;
	// Until the remembered collapsed state is known, the panel is not shown: it would open, then close.
	const shownState = remembered ? panelStateOf(state) : 'loading';
	const collapsed = isCollapsed(
		chosenCollapsed,
		platform ? (remembered?.[platform] ?? false) : false,
		!!state?.view.covered,
	);

	useLayoutEffect(() => {
		const root = document.documentElement;
		root.dataset.theme = state?.view.theme ?? 'light';
		root.dataset.layout = state?.view.layout ?? 'full';
	}, [state?.view.theme, state?.view.layout]);

	// The size the host needs: measured after each render and whenever the panel's box changes.
	useLayoutEffect(() => {
		const report = () => {
			const element = wrapper.current?.querySelector('[data-cl="panel"]');
			const box = element?.getBoundingClientRect();
			const size = { width: Math.ceil(box?.width ?? 0), height: Math.ceil(box?.height ?? 0) };
			const command: HostCommand = { kind: 'rendered', state: shownState, collapsed, ...size, title };
			const key = JSON.stringify(command);
			if (key === reported.current) return;
			reported.current = key;
			toHost(command);
		};
		report();
		const element = wrapper.current?.querySelector('[data-cl="panel"]');
		if (!element) return;
		const observer = new ResizeObserver(report);
		observer.observe(element);
		return () => observer.disconnect();
	});

	if (!state || !reading || shownState === 'hidden') return null;
	const { estimate, choices } = state;
	const inputs = panelInputs(state);
	const choose = (patch: Partial<PanelChoices>) => void sendMessage('panel.choose', { ...choices, ...patch });
	const saveRanking = (ranking: RankingStrategy) => {
		savingRanking.current = true;
		void sendMessage('panel.saveRanking', { ranking }).then((reply) => {
			// Not saved (database down): the ranking applies to this panel only.
			if (!reply.ok) {
				savingRanking.current = false;
				choose({ strategy: ranking });
			}
		});
	};
	return (
		<div ref={wrapper}>
			<Panel
				platform={reading.platform}
				pageType={reading.pageType}
				state={shownState}
				facts={reading.facts}
				estimate={estimate}
				currencyDisplay={inputs.currency}
				layout={state.view.layout}
				errorCode={state.errorCode ?? (reading.facts ? null : 'internal')}
				collapsed={collapsed}
				onToggleCollapsed={() => {
					setChosenCollapsed(!collapsed);
					void rememberPanelCollapsed(reading.platform, !collapsed).catch(() => {});
				}}
				dock={state.view.dock}
				grip={GRIP}
				destination={inputs.destination}
				onDestinationChange={(destination) => choose({ destination })}
				weightGrams={inputs.weightGrams}
				onWeightChange={(weightGrams) => choose({ weightGrams })}
				strategy={inputs.strategy}
				onStrategyChange={saveRanking}
				onOpenOptions={(target) => void sendMessage('panel.openOptions', target)}
				comparison={state.comparison}
				storageProblem={state.storageProblem ?? null}
				onOpenCompare={() => void sendMessage('panel.openCompare', { key: state.comparison?.key ?? null })}
				onOpenSwitchCalculator={() => void sendMessage('panel.openSwitchCalculator', { origin: switchOrigin(state) })}
			/>
		</div>
	);
}
