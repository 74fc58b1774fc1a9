import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabSpec<Id extends string> {
	id: Id;
	label: string;
	/** The tab's content; every panel stays in the DOM (inactive ones hidden) so hooks inside are present on load. */
	content: ComponentChildren;
}

interface TabsProps<Id extends string> {
	/** Names the tab list for screen readers. */
	label: string;
	tabs: readonly TabSpec<Id>[];
	selected: Id;
	onSelect: (id: Id) => void;
}

/**
 * Accessible tabs (WAI-ARIA tabs pattern): one Tab stop, arrow keys move between tabs, Home/End jump.
 * Each tab carries the tester hooks `data-cl="tab"` and `data-tab=<id>`.
 */
export function Tabs<Id extends string>({ label, tabs, selected, onSelect }: TabsProps<Id>) {
	const refs = useRef<(HTMLButtonElement | null)[]>([]);
	const go = (index: number) => {
		const next = tabs[(index + tabs.length) % tabs.length];
		if (!next) return;
		onSelect(next.id);
		refs.current[tabs.indexOf(next)]?.focus();
	};
	return (
		<>
			<div class="pg-tabs" role="tablist" aria-label={label}>
				{tabs.map((tab, index) => (
					<button
						key={tab.id}
						ref={(element) => {
							refs.current[index] = element;
						}}
						type="button"
						role="tab"
						id={`tab-${tab.id}`}
						data-cl="tab"
						data-tab={tab.id}
						aria-selected={tab.id === selected}
						aria-controls={`panel-${tab.id}`}
						tabIndex={tab.id === selected ? 0 : -1}
						onClick={() => onSelect(tab.id)}
						onKeyDown={(event) => {
							if (event.key === 'ArrowRight') go(index + 1);
							else if (event.key === 'ArrowLeft') go(index - 1);
							else if (event.key === 'Home') go(0);
							else if (event.key === 'End') go(tabs.length - 1);
							else return;
							event.preventDefault();
						}}
					>
						{tab.label}
					</button>
				))}
			</div>
			{tabs.map((tab) => (
				<div
					key={tab.id}
					class="pg-tabpanel"
					role="tabpanel"
					id={`panel-${tab.id}`}
					aria-labelledby={`tab-${tab.id}`}
					hidden={tab.id !== selected}
				>
					{tab.content}
				</div>
			))}
		</>
	);
}
