import fs from 'node:fs';
import path from 'node:path';
import { CHROME_BUILD_DIR, FIREFOX_BUILD_DIR } from '../e2e/support/paths';

/** The production build (`npm run build`) of each target, as the stores would receive it. */
export const TARGETS = { chrome: CHROME_BUILD_DIR, firefox: FIREFOX_BUILD_DIR } as const;
export type Target = keyof typeof TARGETS;

export function readManifest(target: Target): Record<string, unknown> {
	const file = path.join(TARGETS[target], 'manifest.json');
	if (!fs.existsSync(file)) throw new Error(`No ${file}: run \`npm run build\` first`);
	return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** Every file the manifest injects into web pages, as paths relative to the build folder. */
export function contentScriptFiles(target: Target): string[] {
	const scripts = (readManifest(target).content_scripts ?? []) as { js?: string[]; css?: string[] }[];
	return [...new Set(scripts.flatMap((s) => [...(s.js ?? []), ...(s.css ?? [])]))];
}

export const readBuildFile = (target: Target, file: string) => fs.readFileSync(path.join(TARGETS[target], file));
