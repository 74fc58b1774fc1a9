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
export const overlaps = (
	a: { left: number; top: number; right: number; bottom: number },
	b: { left: number; top: number; right: number; bottom: number },
) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Calls `then` once, just after the page's first layout following this call, from an IntersectionObserver callback:
 * measuring there forces no extra layout. A hidden tab renders nothing, so there it answers at once (null: not
 * measured).
 */
export function afterLayout(doc: Document, then: (measured: boolean) => void): void {
	if (doc.visibilityState === 'hidden') {
		then(false);
		return;
	}
	const observer = new IntersectionObserver(() => {
		observer.disconnect();
		then(true);
	});
	observer.observe(doc.documentElement);
}
