import fs from 'node:fs';
import path from 'node:path';
import { ARTIFACTS_DIR } from './paths';

export const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[mid] ?? Number.NaN)
		: ((sorted[mid - 1] ?? Number.NaN) + (sorted[mid] ?? Number.NaN)) / 2;
};

/** Merges measurements into one browser's entry of test-artifacts/timings.json. */
export function recordTimings(browserName: string, timings: Record<string, unknown>): void {
	const file = path.join(ARTIFACTS_DIR, 'timings.json');
	fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
	const all = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, object>) : {};
	all[browserName] = { ...all[browserName], ...timings, measuredAt: new Date().toISOString() };
	fs.writeFileSync(file, `${JSON.stringify(all, null, '\t')}\n`);
}
