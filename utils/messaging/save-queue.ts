/**
 * Runs a page's saves one after another. Each versioned save names the version the previous one produced, so two
 * quick changes from the same page (a destination, then a weight) are never taken for an edit made elsewhere.
 */
export function createSaveQueue(): <T>(save: () => Promise<T>) => Promise<T> {
	let last: Promise<unknown> = Promise.resolve();
	return (save) => {
		const run = last.then(save, save);
		last = run.catch(() => {});
		return run;
	};
}
