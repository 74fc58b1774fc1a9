import { fail, ok } from '../../messaging/result';
import type { Sender } from '../sender-policy';
import type { TabPanels } from '../tab-panels';
import type { HandlerContext } from './context';
import type { HandlersFor } from './handler-types';

type TabMessages =
	| 'cs.hello'
	| 'cs.reading'
	| 'cs.view'
	| 'panel.hello'
	| 'panel.choose'
	| 'panel.host'
	| 'panel.openOptions'
	| 'ui.getTabState';

/** The sender policy let the message through only from a tab: its id is there. */
const tabOf = (sender: Sender) => sender.tab?.id ?? -1;

/**
 * The panel of each marketplace tab: the content script's readings and view (`cs.`), the panel frame's
 * start, choices and commands for the host (`panel.`), and the popup's look at a tab (`ui.getTabState`).
 */
export function createTabHandlers({ deps }: HandlerContext, panels: TabPanels): HandlersFor<TabMessages> {
	return {
		async 'cs.hello'(_, sender) {
			await panels.pageStarted(tabOf(sender));
			return ok(null);
		},

		async 'cs.reading'({ reading, view }, sender) {
			await panels.reading(tabOf(sender), reading, view);
			return ok(null);
		},

		async 'cs.view'(view, sender) {
			await panels.view(tabOf(sender), view);
			return ok(null);
		},

		async 'panel.hello'(_, sender) {
			if (sender.frameId === undefined) return fail('forbidden', 'the panel must be framed in a tab');
			return ok(await panels.frameStarted(tabOf(sender), sender.frameId));
		},

		async 'panel.choose'(choices, sender) {
			await panels.choose(tabOf(sender), choices);
			return ok(null);
		},

		async 'panel.host'(command, sender) {
			await panels.toHost(tabOf(sender), command);
			return ok(null);
		},

		async 'panel.openOptions'() {
			await deps.openOptionsPage();
			return ok(null);
		},

		async 'ui.getTabState'({ tabId }) {
			return ok(await panels.tabState(tabId));
		},
	};
}
