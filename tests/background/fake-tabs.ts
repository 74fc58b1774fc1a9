import type { PageReading } from '../../utils/adapters/site-adapter';
import type { TabTransport } from '../../utils/background/tab-panels';
import type { PageFacts } from '../../utils/core/page-facts';
import type { PanelTabState, PanelView, TabPush } from '../../utils/messaging/protocol';

export const VIEW: PanelView = { layout: 'full', dock: 'right', theme: 'light', covered: false };

/** A reading as the adapters give it. */
export const readingOf = (facts: PageFacts): PageReading => ({
	ok: true,
	facts,
	diagnostics: { adapterId: 'taobao-item', strategies: {}, readMs: 1.5 },
});

/** The background's view of the tabs: what it sent to which frame, session storage, and closing a tab. */
export function fakeTabs() {
	const sent: { tabId: number; frameId: number; message: TabPush }[] = [];
	const session = new Map<string, unknown>();
	const closing: ((tabId: number) => void)[] = [];
	const transport: TabTransport = {
		send: async (tabId, frameId, message) => {
			sent.push({ tabId, frameId, message: structuredClone(message) });
		},
		session: {
			get: async (key) => structuredClone(session.get(key)),
			set: async (key, value) => {
				session.set(key, structuredClone(value));
			},
			remove: async (key) => {
				session.delete(key);
			},
		},
		onRemoved: (listener) => closing.push(listener),
	};
	return {
		transport,
		sent,
		session,
		close: (tabId: number) => {
			for (const listener of closing) listener(tabId);
		},
		/** States pushed to a tab's panel frame, oldest first. */
		states: (tabId: number): PanelTabState[] =>
			sent.flatMap(({ tabId: to, message }) => (to === tabId && message.name === 'panel.state' ? [message.state] : [])),
	};
}
