// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageTheme } from '../../entrypoints/storefront/page-look';

/** A window whose OS theme is `os`, and whose computed styles give each element's colour scheme and background. */
function windowWith(os: 'light' | 'dark', styles: { scheme?: string; body?: string; root?: string } = {}): Window {
	return {
		matchMedia: (query: string) => ({ matches: query.includes('dark') && os === 'dark' }),
		getComputedStyle: (element: Element) => ({
			colorScheme: element === document.documentElement ? (styles.scheme ?? 'normal') : 'normal',
			backgroundColor:
				element === document.body ? (styles.body ?? 'rgba(0, 0, 0, 0)') : (styles.root ?? 'rgba(0, 0, 0, 0)'),
		}),
	} as unknown as Window;
}

function declare(content: string | null) {
	document.head.querySelector('meta[name="color-scheme"]')?.remove();
	if (content === null) return;
	const meta = document.createElement('meta');
	meta.name = 'color-scheme';
	meta.content = content;
	document.head.append(meta);
}

describe("the panel's theme follows the page (issue 11)", () => {
	it('a page that declares one scheme gets it, whatever the OS', () => {
		declare('dark');
		expect(pageTheme(document, windowWith('light'))).toBe('dark');
		declare('light');
		expect(pageTheme(document, windowWith('dark'))).toBe('light');
		declare(null);
		expect(pageTheme(document, windowWith('dark', { scheme: 'dark' }))).toBe('dark');
	});

	it('a page that declares both follows the OS', () => {
		declare('light dark');
		expect(pageTheme(document, windowWith('dark'))).toBe('dark');
		expect(pageTheme(document, windowWith('light'))).toBe('light');
	});

	it('an undeclared page: light over a white (or unpainted) marketplace page even when the OS is dark', () => {
		declare(null);
		expect(pageTheme(document, windowWith('dark', { body: 'rgb(255, 255, 255)' }))).toBe('light');
		expect(pageTheme(document, windowWith('dark'))).toBe('light');
		expect(pageTheme(document, windowWith('light', { root: 'rgb(18, 18, 18)' }))).toBe('dark');
	});
});
