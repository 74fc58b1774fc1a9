import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Evaluator } from './session';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
	id: string;
	impact?: string | null;
	help: string;
	nodes: { target: unknown }[];
}

declare global {
	interface Window {
		axe?: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> };
	}
}

/**
 * Runs axe-core in the tab against WCAG 2.2 A/AA and returns the serious and critical violations as
 * `rule: help (n nodes)` lines. `within` limits the run to one element and its subtree; the panel is checked in its own frame.
 */
export async function seriousAccessibilityViolations(tab: Evaluator, within?: string): Promise<string[]> {
	await tab.evaluateSource(AXE_SOURCE);
	const violations = await tab.evaluate(
		async ({ selector, tags }) => {
			if (!window.axe) throw new Error('axe-core did not load');
			const context = selector ? { include: [[selector]] } : document;
			const result = await window.axe.run(context, { runOnly: { type: 'tag', values: tags } });
			return result.violations;
		},
		{ selector: within ?? null, tags: WCAG_22_AA },
	);
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.id}: ${v.help} (${v.nodes.length} nodes: ${JSON.stringify(v.nodes.slice(0, 2).map((n) => n.target))})`,
		);
}
