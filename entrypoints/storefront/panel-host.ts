import type { ScreenRect } from '../../utils/adapters/keep-clear';
import type { FramePanelState, HostCommand, PanelView } from '../../utils/messaging/protocol';
import type { ContentScriptApi } from '../../utils/platform/extension-api';
import type { PageLook } from './page-look';
import {
	boxRect,
	DEFAULT_PLACEMENT,
	type HostBox,
	hostBox,
	layoutFor,
	type PanelSize,
	type Placement,
} from './placement';

/** The panel page: web-accessible to the marketplace hosts only (in Chrome through a per-session address). */
const PANEL_PAGE = '/panel.html';
/** A drag that has not moved for this long is saved as it stands. */
const SETTLE_MS = 400;
/** Above the page's own overlays, below the browser's. */
const Z_INDEX = '2147483000';

/** Inline and !important: page CSS cannot restyle, hide or move the host. */
const HOST_STYLE: Record<string, string> = {
	all: 'initial',
	position: 'fixed',
	display: 'block',
	'z-index': Z_INDEX,
	margin: '0',
	padding: '0',
	border: '0',
	overflow: 'hidden',
	'box-sizing': 'border-box',
	'border-radius': '8px',
	'box-shadow': '0 4px 16px rgb(0 0 0 / 18%)',
	background: 'transparent',
	transform: 'none',
	filter: 'none',
	visibility: 'visible',
};

const px = (value: number | null) => (value === null ? 'auto' : `${Math.round(value)}px`);

/**
 * The panel's place in the page: a plain `div[data-cl-host]` (a page can pre-define a custom element and read a
 * closed root through attachInternals; it cannot do that to a div), the last child of `<html>` from the moment
 * `<body>` exists, with a closed shadow root (open only in the E2E build) holding the panel page in an iframe.
 * The page sees a box; it cannot search, select, observe or script what the frame shows.
 *
 * The host is never moved (moving an iframe reloads it). If the page removes it (`documentElement` churn, a
 * framework re-creating the root), it is put back in the same task the page removed it in. It owns the panel's
 * geometry: docked right or left or free where the merchant dragged it, the width by window width, the height
 * the panel asks for, always inside the viewport; and it shows the frame only once the panel has rendered.
 */
export class PanelHost {
	private readonly host: HTMLDivElement;
	private readonly frame: HTMLIFrameElement;
	private placement: Placement = DEFAULT_PLACEMENT;
	private panel: PanelSize | null = null;
	private state: FramePanelState = 'loading';
	/** The buy-area check and the theme need the page laid out: until then the panel stays hidden. */
	private looked = false;
	/** Set once the panel has been shown: from then on it shows as the merchant chooses, expanded or collapsed. */
	private revealed = false;
	private view: PanelView;
	private keeper: MutationObserver | null = null;
	private frameRequest = 0;
	private settling: ReturnType<typeof setTimeout> | undefined;
	private dragging: { screenX: number; screenY: number; x: number; y: number; stop: AbortController } | null = null;

	constructor(
		private readonly api: ContentScriptApi,
		private readonly onView: (view: PanelView) => void,
		private readonly onPlaced: (placement: Placement) => void,
	) {
		this.view = { layout: layoutFor(innerWidth), dock: this.placement.dock, theme: 'light', covered: false };
		this.host = document.createElement('div');
		this.host.setAttribute('data-cl-host', '');
		const root = this.host.attachShadow({ mode: import.meta.env.VITE_CL_E2E === '1' ? 'open' : 'closed' });
		this.frame = document.createElement('iframe');
		this.frame.setAttribute('data-cl', 'frame');
		this.frame.style.cssText =
			'display:block;border:0;margin:0;padding:0;width:100%;height:100%;background:transparent';
		root.append(this.frame);
		this.host.style.cssText = Object.entries(HOST_STYLE)
			.map(([name, value]) => `${name}:${value}!important`)
			.join(';');
		this.apply();
		addEventListener('resize', (event) => {
			if (event.isTrusted) this.resized();
		});
	}

	/** Appends the host once `<body>` exists (the frame starts loading then, while the page still parses). */
	attach(): void {
		const place = () => {
			if (!document.body) return false;
			this.frame.src ||= this.api.runtime.getURL(PANEL_PAGE);
			document.documentElement.append(this.host);
			this.keep();
			return true;
		};
		if (place()) return;
		const waiting = new MutationObserver(() => {
			if (place()) waiting.disconnect();
		});
		waiting.observe(document.documentElement, { childList: true });
	}

	/** The view the frame renders to. */
	currentView(): PanelView {
		return this.view;
	}

	/** The merchant's place for this marketplace, read from extension storage. */
	setPlacement(placement: Placement): void {
		this.placement = placement;
		this.setView({ dock: placement.dock });
		this.apply();
	}

	/** The largest box the expanded panel may take in the viewport (its height is not known before it renders). */
	expandedRect(): ScreenRect {
		const viewport = { width: innerWidth, height: innerHeight };
		return boxRect(hostBox(viewport, this.placement, null), viewport);
	}

	/** After the page's first layout: its theme, and whether the expanded panel covers its buy area (then it starts collapsed). */
	looks(look: PageLook): void {
		this.looked = true;
		this.frame.style.colorScheme = look.theme;
		this.setView({ theme: look.theme, covered: look.covered });
		this.apply();
	}

	/** A command from the panel frame, relayed by the background. */
	command(command: HostCommand): void {
		if (command.kind === 'rendered') {
			this.state = command.state;
			if (this.frame.title !== command.title) this.frame.title = command.title;
			this.panel = { collapsed: command.collapsed, width: command.width, height: command.height };
			if (command.state === 'hidden') this.host.removeAttribute('data-cl-state');
			else this.host.setAttribute('data-cl-state', command.state);
		} else if (command.kind === 'dock') {
			this.placement = { dock: command.side, x: 0, y: 0 };
			this.placed();
		} else if (this.view.layout === 'sheet') {
			return; // a bottom sheet spans the window: nothing to move
		} else if (command.kind === 'nudge') {
			this.freeHere();
			this.placement = { ...this.placement, x: this.placement.x + command.dx, y: this.placement.y + command.dy };
			this.placed();
		} else {
			this.drag(command.phase, command.screenX, command.screenY);
		}
		this.apply();
	}

	/** Docked panels become free where they stand. */
	private freeHere(): void {
		if (this.placement.dock === 'free') return;
		const { left, top } = this.host.getBoundingClientRect();
		this.placement = { dock: 'free', x: left, y: top };
	}

	/**
	 * Keeps the grip under the pointer: where the drag started, plus how far the pointer has moved on the screen.
	 * The page's own trusted pointer events count too while the drag lasts: once the pointer is outside the frame,
	 * some browsers stop sending the frame its events, and the pointerup can be lost.
	 */
	private drag(phase: 'start' | 'move' | 'end', screenX: number, screenY: number): void {
		if (phase === 'start' || !this.dragging) {
			this.dragging?.stop.abort();
			this.freeHere();
			const stop = new AbortController();
			this.dragging = { screenX, screenY, x: this.placement.x, y: this.placement.y, stop };
			const follow = (event: PointerEvent) => {
				if (!event.isTrusted) return;
				const released = event.type === 'pointerup' || (event.buttons & 1) === 0;
				this.drag(released ? 'end' : 'move', event.screenX, event.screenY);
				this.apply();
			};
			addEventListener('pointermove', follow, { capture: true, signal: stop.signal });
			addEventListener('pointerup', follow, { capture: true, signal: stop.signal });
			if (phase === 'start') return;
		}
		const from = this.dragging;
		this.placement = { dock: 'free', x: from.x + screenX - from.screenX, y: from.y + screenY - from.screenY };
		// Saved when the drag ends, and also once it has rested a moment (in case its end never arrives).
		clearTimeout(this.settling);
		if (phase === 'end') {
			from.stop.abort();
			this.dragging = null;
			this.placed();
		} else this.settling = setTimeout(() => this.placed(), SETTLE_MS);
	}

	/** No seller page here (an SPA navigated away): the host stays, empty and hidden, for the next one. */
	hide(): void {
		this.state = 'hidden';
		this.host.removeAttribute('data-cl-state');
		this.apply();
	}

	private placed(): void {
		const box = hostBox({ width: innerWidth, height: innerHeight }, this.placement, this.panel);
		if (this.placement.dock === 'free')
			this.placement = { ...this.placement, x: Math.round(box.left ?? 0), y: Math.round(box.top ?? 0) };
		this.onPlaced(this.placement);
		this.setView({ dock: this.placement.dock });
	}

	private setView(patch: Partial<PanelView>): void {
		const next = { ...this.view, ...patch };
		if (JSON.stringify(next) === JSON.stringify(this.view)) return;
		this.view = next;
		this.onView(next);
	}

	private resized(): void {
		cancelAnimationFrame(this.frameRequest);
		this.frameRequest = requestAnimationFrame(() => {
			this.setView({ layout: layoutFor(innerWidth) });
			this.apply();
		});
	}

	/**
	 * Shown once the panel has rendered something and the page is laid out. Where the expanded panel would cover
	 * the buy area, the first render shown is the collapsed one; a merchant who then expands it sees it expanded.
	 */
	private shown(): boolean {
		if (this.state === 'hidden' || this.state === 'loading' || !this.looked) return false;
		return this.revealed || !this.view.covered || this.panel?.collapsed === true;
	}

	private apply(): void {
		const shown = this.shown();
		if (shown) this.revealed = true;
		const box: HostBox = hostBox({ width: innerWidth, height: innerHeight }, this.placement, this.panel);
		const geometry: Record<string, string> = {
			left: px(box.left),
			right: px(box.right),
			top: px(box.top),
			bottom: px(box.bottom),
			width: px(box.width),
			height: px(box.height),
			// Transparent, not hidden, until it is shown: a hidden frame counts as in the background, and the browser
			// then gives it no animation frames and its process less CPU, which delays the panel's first render.
			opacity: shown ? '1' : '0',
			'pointer-events': shown ? 'auto' : 'none',
		};
		for (const [name, value] of Object.entries(geometry)) this.host.style.setProperty(name, value, 'important');
		// Out of the focus order and the accessibility tree while it is not shown.
		this.host.inert = !shown;
	}

	/** Puts the host back whenever the page removes it: one host, always the same element. */
	private keep(): void {
		if (this.keeper) return;
		let root = document.documentElement;
		const restore = (records: MutationRecord[]) => {
			// A copy of our host (serialised markup re-parsed) has no panel: only ours stays.
			for (const record of records)
				for (const node of record.addedNodes)
					if (node !== this.host && node instanceof Element && node.matches('[data-cl-host]')) node.remove();
			if (document.documentElement !== root) {
				root = document.documentElement;
				if (root) this.keeper?.observe(root, { childList: true });
			}
			if (!this.host.isConnected && root) root.append(this.host);
		};
		this.keeper = new MutationObserver(restore);
		this.keeper.observe(document, { childList: true });
		this.keeper.observe(root, { childList: true });
	}
}
