/**
 * What the shared scenarios need from a browser, so the same flows run in Chromium (playwright-core) and
 * Firefox (puppeteer-core over WebDriver BiDi). Each launcher module implements it with its driver's own API.
 */
/** A document the test can run code in: a tab's page, or the panel frame inside it. */
export interface Evaluator {
	/** Runs a self-contained function in the document's main world. */
	evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
	/** Runs source text (a library such as axe-core) in the document. */
	evaluateSource(source: string): Promise<void>;
}

export interface BrowserTab extends Evaluator {
	/** Opens a web page and resolves at DOMContentLoaded. */
	goto(url: string): Promise<void>;
	/** Opens one of the extension's own pages (`popup.html`, `options.html`) and resolves once its document is complete. */
	gotoExtensionPage(page: string): Promise<void>;
	reload(): Promise<void>;
	/**
	 * The panel's document: the extension page in the iframe[data-cl="frame"] inside the host's (open, E2E build)
	 * shadow root; null when there is none. Its main world is the extension's: it has the extension APIs.
	 */
	panelFrame(): Promise<Evaluator | null>;
	/** Types text as keystrokes into whatever has the focus (in the page or in a frame). */
	type(text: string): Promise<void>;
	/** Presses one key (`Escape`, `ArrowLeft`, `Home`, `Shift+Tab` …) on whatever has the focus. */
	press(key: string): Promise<void>;
	/** A pointer drag in page coordinates (CSS px), in steps, as a user's mouse would. */
	drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void>;
	setViewport(width: number, height: number): Promise<void>;
	/** Registers a function that runs in every document this tab loads from now on, before the page's scripts. */
	addInitScript(fn: () => void): Promise<void>;
	/** Chooses a file in an `<input type=file>`, as a user would. */
	uploadFile(selector: string, file: string): Promise<void>;
	bringToFront(): Promise<void>;
	/**
	 * Emulates the system's light or dark theme (`prefers-color-scheme`) for this tab. Absent where the driver
	 * cannot (WebDriver BiDi in Firefox ESR has no media emulation).
	 */
	emulateColorScheme?(scheme: 'light' | 'dark'): Promise<void>;
	screenshot(file: string): Promise<void>;
	close(): Promise<void>;
}

export interface BrowserSession {
	/** `chromium` or `firefox`: names the artifacts folder and the tests. */
	name: string;
	/** The unpacked build this browser runs. */
	buildDir: string;
	newTab(): Promise<BrowserTab>;
	close(): Promise<void>;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Polls `probe` until `done` accepts its value or time runs out, and returns the last value either way. A probe
 * that throws (a page in the middle of navigating) is retried; if it never succeeded, its last error is thrown.
 */
export async function pollUntil<T>(
	probe: () => Promise<T>,
	done: (value: T) => boolean,
	timeoutMs = 8000,
	stepMs = 100,
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	let last: { value: T } | undefined;
	let lastError: unknown;
	for (;;) {
		try {
			last = { value: await probe() };
			if (done(last.value)) return last.value;
		} catch (error) {
			lastError = error;
		}
		if (Date.now() >= deadline) {
			if (last) return last.value;
			throw lastError;
		}
		await sleep(stepMs);
	}
}
