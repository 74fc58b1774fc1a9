import { ok, refuse } from '../../core/result';
import { optionsPath } from '../../messaging/protocol';
import type { TabPanels } from '../tab-panels';
import type { HandlerContext } from './context';
import type { HandlersFor, MessageSource } from './handler-types';

type TabMessages =
	| 'cs.hello'
	| 'cs.reading'
	| 'cs.view'
	| 'panel.hello'
	| 'panel.choose'
	| 'panel.host'
	| 'panel.openOptions'
	| 'ui.getTabState';

/** The source policy let the message through only from a tab: its id is there. */
const tabOf = (source: MessageSource) => source.tabId ?? -1;

/**
 * The panel of each marketplace tab: the content script's readings and view (`cs.`), the panel frame's
 * start, choices and commands for the host (`panel.`), and the popup's look at a tab (`ui.getTabState`).
 */
export function createTabHandlers({ deps }: HandlerContext, panels: TabPanels): HandlersFor<TabMessages> {
	return {
		async 'cs.hello'(_, source) {
			await panels.pageStarted(tabOf(source));
			return ok(null);
		},

		async 'cs.reading'({ reading, view }, source) {
			await panels.reading(tabOf(source), reading, view, source.url ?? '');
			return ok(null);
		},

		async 'cs.view'(view, source) {
			await panels.view(tabOf(source), view);
			return ok(null);
		},

		async 'panel.hello'(_, source) {
			if (source.frameId === null) return refuse('forbidden', 'the panel must be framed in a tab');
			return ok(await panels.frameStarted(tabOf(source), source.frameId));
		},

		async 'panel.choose'(choices, source) {
			await panels.choose(tabOf(source), choices);
			return ok(null);
		},

		async 'panel.host'(command, source) {
			await panels.toHost(tabOf(source), command);
			return ok(null);
		},

		async 'panel.openOptions'(target) {
			if (target) await deps.openExtensionPage(optionsPath(target));
			else await deps.openOptionsPage();
			return ok(null);
		},

		async 'ui.getTabState'({ tabId }) {
			return ok(await panels.tabState(tabId));
		},
	};
}
