import { pageStanding } from '../../core/comparison';
import { MAX_RECORDED_PAGES, type PageRecord, type PageStanding } from '../../core/comparison-model';
import { pageKeyOf, readingFingerprint, recordVisit } from '../../core/comparison-records';
import type { PageFacts } from '../../core/page-facts';
import { ok, refuse } from '../../core/result';
import type { MerchantSettings } from '../../core/settings-model';
import { compareShopsPath, type RecordingProblem } from '../../messaging/protocol';
import { clearPages, countPlatform, getPage, importPages, listPages, recordPageVisit } from '../../storage/page-store';
import { createImportStaging } from '../staged-import';
import { createVisitGate } from '../visit-gate';
import type { HandlerContext } from './context';
import type { HandlersFor } from './handler-types';

function problemOf(error: unknown, at: string): RecordingProblem {
	const named = (value: unknown, name: string) =>
		typeof value === 'object' && value !== null && (value as { name?: unknown }).name === name;
	const quota =
		named(error, 'QuotaExceededError') || named((error as { inner?: unknown })?.inner, 'QuotaExceededError');
	return { at, code: quota ? 'quota' : 'storage', detail: String(error).slice(0, 500) };
}

/** The comparison's side of a page reading: how the page stands (for the reply), and recording it (after). */
export interface VisitRecorder {
	/** Null when the facts name no page or the database cannot say (the failure is kept for compare.html). */
	standing(facts: PageFacts, seenAt: string): Promise<PageStanding | null>;
	/**
	 * Records the reading after the reply has gone, when recording is on and the visit gate admits it (one
	 * record per distinct reading per tab, rate-limited). A failure is kept, never thrown.
	 */
	recordLater(tabId: number | null, facts: PageFacts, settings: MerchantSettings, seenAt: string): void;
}

export function createVisitRecorder({ deps }: HandlerContext): VisitRecorder {
	const { db } = deps;
	const gate = createVisitGate({ now: () => deps.clock().getTime() });
	// A kept problem is cleared by the first write that succeeds (once per background lifetime is enough).
	let problemCleared = false;
	const keep = (error: unknown, at: string) => {
		problemCleared = false;
		return deps.recordingProblem.keep(problemOf(error, at)).catch(() => {});
	};
	return {
		async standing(facts, seenAt) {
			const key = pageKeyOf(facts);
			if (key === null) return null;
			try {
				const stored = await getPage(db, key);
				const current = recordVisit(stored, facts, seenAt);
				if (current === null) return null;
				return pageStanding(current, stored, await countPlatform(db, facts.platform, current.shipFromProvince));
			} catch (error) {
				await keep(error, seenAt);
				return null;
			}
		},
		recordLater(tabId, facts, settings, seenAt) {
			if (!settings.recordVisits || tabId === null) return;
			const fingerprint = readingFingerprint(facts);
			if (fingerprint === null || !gate.admit(tabId, fingerprint)) return;
			// After the reply: the write would otherwise delay the panel, and its failure must not cost the panel.
			setTimeout(() => {
				recordPageVisit(db, facts, seenAt).then(
					async () => {
						await deps.announcePagesChange().catch(() => {});
						if (problemCleared) return;
						problemCleared = true;
						await deps.recordingProblem.keep(null).catch(() => {});
					},
					(error: unknown) => keep(error, seenAt),
				);
			}, 0);
		},
	};
}

type ComparisonMessages = 'ui.listPages' | 'ui.importPages' | 'ui.clearPages' | 'ui.openCompare' | 'panel.openCompare';

/** compare.html's Shops tab: rows page by page, batched imports, clearing; and opening it from the panel and pages. */
export function createComparisonHandlers({ deps }: HandlerContext): HandlersFor<ComparisonMessages> {
	const { db } = deps;
	const stage = createImportStaging<PageRecord>(() => deps.clock().getTime());
	return {
		async 'ui.listPages'(request) {
			const first = request.order === 'recent' || request.after === null;
			const [page, problem] = await Promise.all([
				listPages(db, request),
				first ? deps.recordingProblem.read().catch(() => null) : null,
			]);
			return ok({ ...page, problem });
		},

		async 'ui.importPages'(batch) {
			const outcome = stage(batch);
			if (outcome.state === 'interrupted')
				return refuse('import_interrupted', 'the import was interrupted (batches missing); nothing was changed');
			if (outcome.state === 'staged') return ok(outcome);
			const rows = outcome.items;
			const keys = new Set(rows.map((row) => row.key));
			if (keys.size !== rows.length)
				return refuse('invalid_import', 'the same page appears twice in the file; nothing was changed');
			if (rows.length > MAX_RECORDED_PAGES)
				return refuse('invalid_import', `more than ${MAX_RECORDED_PAGES} rows; nothing was changed`);
			const { total, evicted } = await importPages(db, rows);
			await deps.announcePagesChange();
			return ok({ state: 'done', imported: rows.length, total, evicted });
		},

		async 'ui.clearPages'() {
			await clearPages(db);
			await deps.announcePagesChange();
			return ok(null);
		},

		// A framed panel cannot open extension tabs itself (Firefox): the background does.
		// The key travels in session storage, not the address: the tab opens at compare.html#shops exactly.
		async 'panel.openCompare'({ key }) {
			if (key !== null) await deps.rememberCompareHighlight(key);
			await deps.openExtensionPage(compareShopsPath(null));
			return ok(null);
		},

		async 'ui.openCompare'({ key }) {
			await deps.openExtensionPage(compareShopsPath(key));
			return ok(null);
		},
	};
}
