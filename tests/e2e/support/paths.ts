import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (tests/e2e/support → ../../..). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The unpacked builds the suites load: `npm run build:e2e` writes both (open shadow root). */
export const CHROME_BUILD_DIR = path.join(REPO_ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD_DIR = path.join(REPO_ROOT, '.output', 'firefox-mv2');

/** Page fixtures with their expected.json. `CL_FIXTURES_DIR` points elsewhere (e.g. ../shared/fixtures) for a one-off run. */
export const FIXTURES_DIR = path.resolve(
	process.env.CL_FIXTURES_DIR ?? path.join(REPO_ROOT, 'tests', 'adapters', 'fixtures'),
);

/** Screenshots, timings and scratch files; ignored by git. */
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'test-artifacts');

export function artifactsDirFor(browserName: string): string {
	const dir = path.join(ARTIFACTS_DIR, browserName);
	fs.mkdirSync(dir, { recursive: true });
	return dir;
}

/** Fails with the command that fixes it, instead of a browser error three layers down. */
export function requireBuild(dir: string): string {
	if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
		throw new Error(`No extension build in ${dir}. Run \`npm run build:e2e\` first.`);
	}
	return dir;
}

export function requireExecutable(file: string, installHint: string): string {
	try {
		fs.accessSync(file, fs.constants.X_OK);
		return file;
	} catch {
		throw new Error(`Browser not found at ${file}. Install it (${installHint}) or set the path in the environment.`);
	}
}
