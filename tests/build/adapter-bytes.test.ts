import { describe, expect, test } from 'vitest';
import EXPECTED from '../adapters/fixtures/expected.json';
import { contentScriptFiles, readBuildFile, type Target } from './build-output';

/**
 * The adapters' test data stays out of what is injected into every marketplace page: their test URLs (each
 * adapter's `<id>.urls.ts`, with the harness's `cl_fixture=` pages) and the fixture names their selector comments
 * cite. Checked on whatever scripts the manifest injects, so it holds wherever the content script moves.
 */
const URL_FILES = import.meta.glob<readonly string[]>('../../utils/adapters/*.urls.ts', {
	eager: true,
	import: 'TEST_URLS',
});
const TEST_URLS = Object.values(URL_FILES).flat();
const FIXTURE_NAMES = Object.keys(EXPECTED);

describe.each(['chrome', 'firefox'] as Target[])('%s content scripts carry no adapter test data', (target) => {
	const scripts = contentScriptFiles(target).filter((file) => file.endsWith('.js'));
	const text = scripts.map((file) => readBuildFile(target, file).toString('utf8')).join('\n');

	test('the test-URL files were found', () => {
		expect(Object.keys(URL_FILES).length).toBeGreaterThan(0);
		expect(scripts).not.toEqual([]);
	});

	test('no test URL and no cl_fixture', () => {
		expect(TEST_URLS.filter((url) => text.includes(url))).toEqual([]);
		expect(text.includes('cl_fixture')).toBe(false);
	});

	test('no fixture file name', () => {
		expect(FIXTURE_NAMES.filter((name) => text.includes(name))).toEqual([]);
	});
});
