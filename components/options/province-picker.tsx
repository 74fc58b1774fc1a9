import { useState } from 'preact/hooks';
import type { ProvinceCode } from '../../utils/core/ids';
import { PROVINCES_BY_REGION } from '../../utils/core/regions';
import { provinceName } from '../format';
import { useI18n } from '../i18n';

interface ProvincePickerProps {
	/** Unique id of the listbox; option ids derive from it. */
	id: string;
	/** The accessible name ("江浙沪 的省份"). */
	label: string;
	selected: readonly ProvinceCode[];
	onChange: (selected: ProvinceCode[]) => void;
	/** Id of an element describing the choice (which zone this is, an error). */
	describedBy?: string;
}

const ORDER: readonly ProvinceCode[] = PROVINCES_BY_REGION.flatMap((group) => group.provinces);

/**
 * A multi-select province list grouped by region, as ONE keyboard stop (WAI-ARIA listbox): arrow keys move,
 * Home/End jump, Space ticks a province, Shift+Space ticks or clears its whole region. A click ticks too.
 */
export function ProvincePicker({ id, label, selected, onChange, describedBy }: ProvincePickerProps) {
	const { t, lang } = useI18n();
	const [active, setActive] = useState<ProvinceCode>(selected[0] ?? ORDER[0] ?? '11');
	const chosen = new Set(selected);
	const toggle = (codes: readonly ProvinceCode[]) => {
		const allOn = codes.every((code) => chosen.has(code));
		const next = new Set(chosen);
		for (const code of codes) {
			if (allOn) next.delete(code);
			else next.add(code);
		}
		// Stored in picker order, so the same set always reads the same way.
		onChange(ORDER.filter((code) => next.has(code)));
	};
	const move = (to: number) => setActive(ORDER[Math.max(0, Math.min(ORDER.length - 1, to))] ?? active);
	const optionId = (code: ProvinceCode) => `${id}-${code}`;
	const hintId = `${id}-hint`;
	return (
		<div class="pg-picker">
			<p id={hintId} class="pg-hint">
				{t('editor_picker_hint', [selected.length])}
			</p>
			<div
				id={id}
				role="listbox"
				tabIndex={0}
				aria-multiselectable="true"
				aria-label={label}
				aria-activedescendant={optionId(active)}
				aria-describedby={describedBy ? `${hintId} ${describedBy}` : hintId}
				class="pg-picker-list"
				onKeyDown={(event) => {
					const at = ORDER.indexOf(active);
					if (event.key === 'ArrowDown' || event.key === 'ArrowRight') move(at + 1);
					else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') move(at - 1);
					else if (event.key === 'Home') move(0);
					else if (event.key === 'End') move(ORDER.length - 1);
					else if (event.key === ' ' && event.shiftKey) {
						toggle(PROVINCES_BY_REGION.find((group) => group.provinces.includes(active))?.provinces ?? []);
					} else if (event.key === ' ') toggle([active]);
					else return;
					event.preventDefault();
				}}
			>
				{PROVINCES_BY_REGION.map(({ region, provinces }) => (
					// biome-ignore lint/a11y/useSemanticElements: a listbox groups its options with role=group, not fieldset.
					<div key={region} role="group" aria-labelledby={`${id}-region-${region}`} class="pg-picker-group">
						<span id={`${id}-region-${region}`} role="presentation" class="pg-picker-region">
							{t(`region_${region}`)}
						</span>
						{provinces.map((code) => (
							// biome-ignore lint/a11y/useFocusableInteractive: options are reached through the listbox's aria-activedescendant (one Tab stop).
							// biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keys for every option.
							<span
								key={code}
								id={optionId(code)}
								role="option"
								aria-selected={chosen.has(code)}
								data-code={code}
								class={code === active ? 'pg-picker-option pg-active' : 'pg-picker-option'}
								onClick={() => {
									setActive(code);
									toggle([code]);
								}}
							>
								{provinceName(code, lang)}
							</span>
						))}
					</div>
				))}
			</div>
		</div>
	);
}
