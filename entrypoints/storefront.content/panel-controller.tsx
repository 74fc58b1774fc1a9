import { render } from 'preact';
import { type I18n, I18nContext } from '../../components/i18n';
import { Panel, type PanelState } from '../../components/panel/panel';
import { keepClearRects } from '../../utils/adapters/keep-clear';
import { findAdapter } from '../../utils/adapters/registry';
import type { PageReading } from '../../utils/adapters/site-adapter';
import type { RankingStrategy } from '../../utils/core/estimate-model';
import type { ProvinceCode } from '../../utils/core/ids';
import type { ReplyError } from '../../utils/core/result';
import { type PanelEstimate, sendMessage, type TabReading } from '../../utils/messaging/protocol';
import { isPanelCollapsed, rememberPanelCollapsed } from '../../utils/platform/panel-prefs';

interface PanelChoices {
	destination: ProvinceCode | null;
	weightGrams: number | null;
	strategy: RankingStrategy | null;
}

const NO_CHOICES: PanelChoices = { destination: null, weightGrams: null, strategy: null };

/**
 * State of one page's panel: what the adapter read, the background's estimate for it, and the
 * merchant's in-place choices. Every change re-renders the (pure) Panel view into the shadow root.
 */
export class PanelController {
	private reading: PageReading | null = null;
	private reply: PanelEstimate | null = null;
	private error: ReplyError | null = null;
	private choices: PanelChoices = NO_CHOICES;
	private collapsed = false;
	/** Replies can overtake each other; only the latest request's reply is shown. */
	private latestRequest = 0;

	constructor(
		private readonly container: HTMLElement,
		private readonly i18n: I18n,
	) {}

	setReading(reading: PageReading): void {
		const previous = this.reading;
		this.reading = reading;
		const platform = reading.ok ? reading.facts.platform : reading.platform;
		const previousPlatform = previous && (previous.ok ? previous.facts.platform : previous.platform);
		if (platform !== previousPlatform) {
			void isPanelCollapsed(platform).then((collapsed) => {
				this.collapsed = collapsed;
				this.render();
				requestAnimationFrame(() => this.dodgeBuyButtons());
			});
		}
		this.refresh();
	}

	/** Settings or contracts changed elsewhere (popup, options): the defaults apply again. */
	settingsChanged(): void {
		this.choices = NO_CHOICES;
		this.refresh();
	}

	/** For the popup's "this tab" block. */
	tabReading(): TabReading | null {
		const reading = this.reading;
		if (!reading) return null;
		return reading.ok
			? { platform: reading.facts.platform, pageType: reading.facts.pageType, facts: reading.facts }
			: { platform: reading.platform, pageType: 'item', facts: null };
	}

	/** The page is no longer a seller page (SPA navigation) or the UI is removed: forget it and render nothing. */
	clear(): void {
		this.latestRequest++;
		this.reading = null;
		this.reply = null;
		this.error = null;
		render(null, this.container);
	}

	/**
	 * Starts collapsed (without remembering it) when the docked panel would lie over the page's own
	 * buy button: the page's purchase flow comes first. Checked once, when the page opens (the panel is
	 * fixed, so a check on every scroll would make it jump); the merchant can still expand it.
	 */
	private dodgeBuyButtons(): void {
		const panel = this.container.querySelector('[data-cl="panel"]');
		if (!panel || this.collapsed) return;
		const box = panel.getBoundingClientRect();
		const covers = (button: DOMRect) =>
			button.right > box.left && button.left < box.right && button.bottom > box.top && button.top < box.bottom;
		const adapter = findAdapter(new URL(location.href));
		if (adapter && keepClearRects(document, adapter).some(covers)) {
			this.collapsed = true;
			this.render();
		}
	}

	private choose(patch: Partial<PanelChoices>): void {
		this.choices = { ...this.choices, ...patch };
		this.refresh();
	}

	private refresh(): void {
		const reading = this.reading;
		const request = ++this.latestRequest;
		if (reading?.ok && reading.facts.pageType !== 'blocked') {
			void sendMessage('cs.estimate', { facts: reading.facts, ...this.choices }).then((reply) => {
				if (request !== this.latestRequest) return;
				this.reply = reply.ok ? reply.value : null;
				this.error = reply.ok ? null : reply.error;
				this.render();
			});
		}
		this.render();
	}

	private state(): PanelState {
		const reading = this.reading;
		if (!reading?.ok || this.error) return 'error';
		if (reading.facts.pageType === 'blocked') return 'ready';
		if (!this.reply) return 'loading';
		const { estimate } = this.reply;
		const priceUnknown = reading.facts.pageType === 'item' && reading.facts.price === null;
		return estimate.originSource === 'unknown' || priceUnknown ? 'partial' : 'ready';
	}

	private render(): void {
		const reading = this.reading;
		if (!reading || (this.reply && !this.reply.siteEnabled)) {
			render(null, this.container);
			return;
		}
		const facts = reading.ok ? reading.facts : null;
		const platform = reading.ok ? reading.facts.platform : reading.platform;
		const settings = this.reply?.settings;
		const estimate = this.reply?.estimate ?? null;
		render(
			<I18nContext.Provider value={this.i18n}>
				<Panel
					platform={platform}
					pageType={facts?.pageType ?? 'item'}
					state={this.state()}
					facts={facts}
					estimate={estimate}
					currencyDisplay={settings?.currencyDisplay ?? 'symbol'}
					errorCode={this.error?.code ?? (reading.ok ? null : 'internal')}
					collapsed={this.collapsed}
					onToggleCollapsed={() => {
						this.collapsed = !this.collapsed;
						void rememberPanelCollapsed(platform, this.collapsed).catch(() => {});
						this.render();
					}}
					destination={estimate?.destination ?? settings?.defaultDestination ?? '11'}
					onDestinationChange={(destination) => this.choose({ destination })}
					weightGrams={estimate?.parcel.actualGrams ?? settings?.defaultWeightGrams ?? 1000}
					onWeightChange={(weightGrams) => this.choose({ weightGrams })}
					strategy={estimate?.strategy ?? 'cheapest'}
					onStrategyChange={(strategy) => this.choose({ strategy })}
					onOpenOptions={() => void sendMessage('cs.openOptions', null)}
				/>
			</I18nContext.Provider>,
			this.container,
		);
	}
}
