import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { REPO_ROOT } from '../e2e/support/paths';
import { TARGETS } from './build-output';

interface LintMessage {
	code: string;
	message: string;
	file?: string;
}

test('web-ext lint finds no errors in the Firefox build', () => {
	const run = spawnSync(
		'npx',
		['web-ext', 'lint', '--source-dir', TARGETS.firefox, '--output', 'json', '--no-config-discovery'],
		{
			cwd: REPO_ROOT,
			encoding: 'utf8',
			timeout: 120_000,
		},
	);
	const start = run.stdout.indexOf('{');
	if (start < 0) throw new Error(`web-ext lint printed no JSON report:\n${run.stdout}\n${run.stderr}`);
	const report = JSON.parse(run.stdout.slice(start)) as { errors: LintMessage[]; warnings: LintMessage[] };
	const lines = (messages: LintMessage[]) => messages.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`);
	if (report.warnings.length) console.log(`web-ext lint warnings:\n${lines(report.warnings).join('\n')}`);
	expect(lines(report.errors)).toEqual([]);
}, 120_000);
