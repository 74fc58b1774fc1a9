// @vitest-environment happy-dom
import { cleanup, fireEvent } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel, type PanelProps } from '../../components/panel/panel';
import { renderI18n, sampleEstimate, sampleFacts } from './helpers';

afterEach(cleanup);

const facts = sampleFacts();
const base: Omit<PanelProps, 'collapsed' | 'onToggleCollapsed'> = {
	platform: 'taobao',
	pageType: 'item',
	state: 'ready',
	facts,
	estimate: sampleEstimate(facts),
	currencyDisplay: 'symbol',
	destination: '11',
	onDestinationChange: () => {},
	weightGrams: 1000,
	onWeightChange: () => {},
	strategy: 'cheapest',
	onStrategyChange: () => {},
};

/** The panel as its container drives it: collapsed state held outside, toggled by the callback. */
function Harness(props: Partial<PanelProps>) {
	const [collapsed, setCollapsed] = useState(false);
	return <Panel {...base} collapsed={collapsed} onToggleCollapsed={() => setCollapsed(!collapsed)} {...props} />;
}

const panelOf = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-cl="panel"]') as HTMLElement;

describe('Panel keyboard and hooks', () => {
	it('carries data-collapsed and data-dock', () => {
		const { container } = renderI18n(<Harness dock="free" />);
		expect(panelOf(container).dataset).toMatchObject({ collapsed: 'false', dock: 'free' });
		cleanup();
		const docked = renderI18n(<Panel {...base} collapsed onToggleCollapsed={() => {}} />);
		expect(panelOf(docked.container).dataset).toMatchObject({ collapsed: 'true', dock: 'right' });
	});

	it('Escape anywhere in the panel collapses it and puts the focus on the toggle; the toggle expands it and keeps the focus', async () => {
		const { container } = renderI18n(<Harness />);
		const weight = container.querySelector<HTMLInputElement>('input[data-cl="weight-kg"]') as HTMLInputElement;
		weight.focus();
		fireEvent.keyDown(weight, { key: 'Escape' });
		await vi.waitFor(() => expect(panelOf(container).dataset.collapsed).toBe('true'));
		const tab = container.querySelector<HTMLButtonElement>('button[aria-expanded="false"]');
		await vi.waitFor(() => expect(document.activeElement).toBe(tab));
		fireEvent.keyDown(tab as HTMLElement, { key: 'Escape' });
		expect(panelOf(container).dataset.collapsed).toBe('true');
		expect(document.activeElement).toBe(tab);
		fireEvent.click(tab as HTMLElement);
		await vi.waitFor(() => expect(panelOf(container).dataset.collapsed).toBe('false'));
		await vi.waitFor(() =>
			expect(document.activeElement).toBe(container.querySelector('button[aria-expanded="true"]')),
		);
	});

	it('the grip moves the panel by arrow keys, docks it by Home and End, and reports a pointer drag in screen pixels', () => {
		const grip = { onDrag: vi.fn(), onNudge: vi.fn(), onDock: vi.fn() };
		const { container } = renderI18n(<Harness grip={grip} />);
		const handle = container.querySelector<HTMLButtonElement>('[data-cl="drag-handle"]') as HTMLButtonElement;
		expect(handle.getAttribute('aria-label')).toBeTruthy();
		fireEvent.keyDown(handle, { key: 'ArrowLeft' });
		fireEvent.keyDown(handle, { key: 'ArrowDown', shiftKey: true });
		fireEvent.keyDown(handle, { key: 'Home' });
		fireEvent.keyDown(handle, { key: 'End' });
		expect(grip.onNudge.mock.calls).toEqual([
			[-16, 0],
			[0, 64],
		]);
		expect(grip.onDock.mock.calls).toEqual([['right'], ['left']]);
		handle.setPointerCapture = () => {};
		fireEvent.pointerDown(handle, { button: 0, pointerId: 1, screenX: 500, screenY: 300 });
		fireEvent.pointerUp(handle, { pointerId: 1, screenX: 420, screenY: 320 });
		expect(grip.onDrag.mock.calls.map(([phase]) => phase)).toEqual(['start', 'end']);
		expect(grip.onDrag.mock.calls[0]?.slice(1)).toEqual([500, 300]);
	});
});
