import { contentRect, type ScreenRect } from '../../utils/adapters/keep-clear';

/** The colour scheme a page declares (`<meta name="color-scheme">`, else its root's `color-scheme`), if any. */
function declaredSchemes(doc: Document, win: Window): string[] {
	const meta = doc.querySelector('meta[name="color-scheme" i]')?.getAttribute('content') ?? '';
	const declared = meta.trim() || win.getComputedStyle(doc.documentElement).colorScheme;
	return declared.split(/\s+/).filter((s) => s === 'light' || s === 'dark');
}

/** An opaque computed background colour's lightness (0 dark … 1 light), or null when transparent. */
function lightness(color: string): number | null {
	const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
	if (!/^rgba?\(/.test(color) || a < 0.5) return null;
	return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/**
 * The panel's theme on this page. A page that declares its colour scheme gets it (`light dark` means it follows
 * the OS, so the panel does too). Otherwise the panel matches what the page looks like: its own background, and
 * light when it has none (a browser paints an undeclared page white). So the panel is light over the white
 * marketplace pages even when the OS is dark. Reads computed styles: call it after the first layout.
 */
export function pageTheme(doc: Document, win: Window): 'light' | 'dark' {
	const schemes = declaredSchemes(doc, win);
	if (schemes.length === 1) return schemes[0] as 'light' | 'dark';
	if (schemes.length > 1) return win.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
	for (const element of [doc.body, doc.documentElement]) {
		const l = element ? lightness(win.getComputedStyle(element).backgroundColor) : null;
		if (l !== null) return l < 0.5 ? 'dark' : 'light';
	}
	return 'light';
}

/** True when two rectangles overlap. */
const overlaps = (a: ScreenRect, b: ScreenRect) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** What the page looks like under the panel: its theme, and whether the panel there would cover its buy area. */
export interface PageLook {
	theme: 'light' | 'dark';
	covered: boolean;
}

/**
 * Looks once at the page, just after its next layout: whether one of the `keepClear` elements shows inside `area`
 * (the largest box the expanded panel may take, in viewport pixels), and the page's theme. An
 * IntersectionObserver whose root is the viewport cropped to `area` finds the few candidates without a layout of
 * ours, however many there are; only those are measured to their text. A hidden tab lays nothing out: there it
 * answers at once (light, not covered).
 */
export function lookAtPage(
	doc: Document,
	win: Window,
	keepClear: readonly Element[],
	area: ScreenRect,
	then: (look: PageLook) => void,
): void {
	if (doc.visibilityState === 'hidden') {
		then({ theme: 'light', covered: false });
		return;
	}
	const margins = [area.top, win.innerWidth - area.right, win.innerHeight - area.bottom, area.left];
	const observer = new IntersectionObserver(
		(entries) => {
			observer.disconnect();
			const covered = entries.some((entry) => {
				if (!entry.isIntersecting || entry.target === doc.documentElement) return false;
				const shown = contentRect(entry.target);
				return shown !== null && overlaps(shown, area);
			});
			then({ theme: pageTheme(doc, win), covered });
		},
		{ rootMargin: margins.map((m) => `${-Math.max(0, Math.round(m))}px`).join(' ') },
	);
	// The root element as well: the callback comes after the first layout even where nothing matches.
	observer.observe(doc.documentElement);
	for (const element of keepClear) observer.observe(element);
}
