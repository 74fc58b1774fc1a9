import type { PanelDock, PanelLayout } from '../../utils/messaging/protocol';

/** Where the merchant put the panel on a marketplace: docked right (default) or left, or free at x, y. */
export interface Placement {
	dock: PanelDock;
	/** Top-left corner in CSS px from the viewport's top-left; used when `dock` is `free`. */
	x: number;
	y: number;
}

export interface Viewport {
	width: number;
	height: number;
}

/** What the panel frame reported after its last render. */
export interface PanelSize {
	collapsed: boolean;
	width: number;
	height: number;
}

/** The host's box in CSS px; null = auto (the opposite edge anchors it). */
export interface HostBox {
	left: number | null;
	right: number | null;
	top: number | null;
	bottom: number | null;
	width: number | null;
	height: number;
}

export const DEFAULT_PLACEMENT: Placement = { dock: 'right', x: 0, y: 0 };
/** Docked panels hang this far below the top: clear of the marketplace's own header and search bar. */
const DOCK_TOP = 120;
const MARGIN = 8;
const WIDTH: Record<Exclude<PanelLayout, 'sheet'>, number> = { full: 320, compact: 280 };
/** A free panel moved down gets shorter, down to this height, before it stops moving. */
const MIN_FREE_HEIGHT = 160;
/** A bottom sheet takes at most this share of the window's height. */
const SHEET_SHARE = 0.6;

/** Full beside the page from 1,100 px, compact below, a bottom sheet under 600 px. */
export function layoutFor(viewportWidth: number): PanelLayout {
	if (viewportWidth < 600) return 'sheet';
	return viewportWidth < 1100 ? 'compact' : 'full';
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, Math.max(min, max)));

/**
 * The host's box for a placement in a viewport. Before the frame has reported, the expanded size is assumed
 * (the host is hidden then). Always inside the viewport: a free panel dragged near an edge, or a window made
 * smaller, keeps the whole panel on screen.
 */
export function hostBox(viewport: Viewport, placement: Placement, panel: PanelSize | null): HostBox {
	const layout = layoutFor(viewport.width);
	const collapsed = panel?.collapsed ?? false;
	const wanted = panel?.height ?? Number.POSITIVE_INFINITY;
	if (layout === 'sheet') {
		if (!collapsed) {
			const height = Math.round(Math.min(wanted, viewport.height * SHEET_SHARE));
			return { left: 0, right: 0, top: null, bottom: 0, width: null, height };
		}
		return {
			left: null,
			right: 0,
			top: null,
			bottom: 0,
			width: panel?.width ?? 0,
			height: Math.min(wanted, viewport.height),
		};
	}
	const width = collapsed ? (panel?.width ?? 0) : WIDTH[layout];
	if (placement.dock === 'free') {
		const room = Math.max(MIN_FREE_HEIGHT, viewport.height - Math.max(0, placement.y) - MARGIN);
		const height = Math.min(wanted, room, viewport.height);
		return {
			left: clamp(placement.x, 0, viewport.width - width),
			right: null,
			top: clamp(placement.y, 0, viewport.height - height),
			bottom: null,
			width,
			height,
		};
	}
	const height = Math.min(wanted, Math.max(viewport.height - DOCK_TOP - 2 * MARGIN, viewport.height / 2));
	const top = clamp(DOCK_TOP, 0, viewport.height - height - MARGIN);
	const side = placement.dock === 'left' ? { left: 0, right: null } : { left: null, right: 0 };
	return { ...side, top, bottom: null, width, height };
}

/** The rectangle of a box in the viewport, for the buy-area check (before the host is measured). */
export function boxRect(
	box: HostBox,
	viewport: Viewport,
): { left: number; top: number; right: number; bottom: number } {
	const width = box.width ?? viewport.width - (box.left ?? 0) - (box.right ?? 0);
	const left = box.left ?? viewport.width - (box.right ?? 0) - width;
	const top = box.top ?? viewport.height - (box.bottom ?? 0) - box.height;
	return { left, top, right: left + width, bottom: top + box.height };
}

/** A placement read from storage: anything malformed is the default. */
export function placementFrom(value: unknown): Placement {
	const p = value as Partial<Placement> | null | undefined;
	const dock: PanelDock = p?.dock === 'left' || p?.dock === 'free' ? p.dock : 'right';
	const x = Number.isFinite(p?.x) ? Number(p?.x) : 0;
	const y = Number.isFinite(p?.y) ? Number(p?.y) : 0;
	return { dock, x, y };
}
