import { useEffect, useRef, useState } from 'preact/hooks';
import type { ProvinceCode } from '../../utils/core/ids';
import {
	CONTRACT_PRESETS,
	type ContractPreset,
	presetOfProvinces,
	presetTarget,
	provincesInZone,
} from '../../utils/core/regions';
import type { Zone } from '../../utils/core/zones';
import { provinceName } from '../format';
import { type I18n, useI18n } from '../i18n';
import { blankOverrideCard, type CardDraft, newKey, type OverrideDraft, overridePath } from './contract-draft';
import { ProvincePicker } from './province-picker';
import { RateCardFields } from './rate-card-fields';

interface RateOverridesProps {
	overrides: OverrideDraft[];
	/** The base card (全国): overrides' blank fields take its values. */
	base: CardDraft;
	/** The contract's origin provinces: with exactly one, each zone can list its provinces. */
	origins: readonly ProvinceCode[];
	onChange: (overrides: OverrideDraft[]) => void;
	/** The 全国 preset: the base card is the nationwide price, so it only takes the merchant there. */
	onFocusBase: () => void;
}

/** The name an override goes by in labels: its preset's name, its zone, or its provinces. Unique per contract. */
export function overrideScope({ t, lang }: I18n, override: OverrideDraft, customIndex: number): string {
	const { target } = override;
	if (target.kind === 'zone') return t(`zone_${target.zone}`);
	const preset = presetOfProvinces(target.provinces);
	if (preset) return t(`preset_${preset}`);
	if (target.provinces.length === 0) return t('editor_custom_group_n', [customIndex]);
	return target.provinces.map((code) => provinceName(code, lang)).join(t('list_separator'));
}

function ZoneMembers({ zone, origins }: { zone: Zone; origins: readonly ProvinceCode[] }) {
	const { t, lang } = useI18n();
	const members = provincesInZone(zone, origins.length === 1 ? (origins[0] ?? null) : null);
	return (
		<p class="pg-hint">
			{members
				? t('editor_zone_members', [members.map((code) => provinceName(code, lang)).join(t('list_separator'))])
				: t(`editor_zone_members_${zone}`)}
		</p>
	);
}

/** The presets as one toolbar: one Tab stop, arrow keys between the buttons, Home/End to the first and last. */
function PresetToolbar({ onPreset }: { onPreset: (preset: ContractPreset) => void }) {
	const { t } = useI18n();
	const [active, setActive] = useState(0);
	const buttons = useRef<(HTMLButtonElement | null)[]>([]);
	const count = CONTRACT_PRESETS.length;
	const go = (index: number) => {
		const next = (index + count) % count;
		setActive(next);
		buttons.current[next]?.focus();
	};
	return (
		<div
			class="pg-actions"
			role="toolbar"
			aria-label={t('editor_presets')}
			onKeyDown={(event) => {
				if (event.key === 'ArrowRight') go(active + 1);
				else if (event.key === 'ArrowLeft') go(active - 1);
				else if (event.key === 'Home') go(0);
				else if (event.key === 'End') go(count - 1);
				else return;
				event.preventDefault();
			}}
		>
			{CONTRACT_PRESETS.map((preset, index) => (
				<button
					key={preset}
					type="button"
					ref={(element) => {
						buttons.current[index] = element;
					}}
					tabIndex={index === active ? 0 : -1}
					data-cl="editor-preset"
					data-preset={preset}
					onFocus={() => setActive(index)}
					onClick={() => onPreset(preset)}
				>
					{t(`preset_${preset}`)}
				</button>
			))}
		</div>
	);
}

/** How to price remote areas: one recommended way, and when the other two fit. */
function RemoteGuidance() {
	const { t, lang } = useI18n();
	const target = presetTarget('remote');
	const remote = target.kind === 'provinces' ? target.provinces : [];
	return (
		<div class="pg-guidance">
			<p>
				{t('editor_remote_recommended', [remote.map((code) => provinceName(code, lang)).join(t('list_separator'))])}
			</p>
			<details>
				<summary>{t('editor_remote_other_ways')}</summary>
				<ul>
					<li>{t('editor_remote_way_surcharge')}</li>
					<li>{t('editor_remote_way_tiers')}</li>
				</ul>
			</details>
		</div>
	);
}

/**
 * Every override of the base card in one list — zones (同省, 邻近) and groups of provinces (江浙沪, 偏远, a chosen
 * set) alike — with the presets that add them. Adding one moves focus to its first price.
 */
export function RateOverrides({ overrides, base, origins, onChange, onFocusBase }: RateOverridesProps) {
	const i18n = useI18n();
	const { t, lang } = i18n;
	const firstPrices = useRef(new Map<number, HTMLInputElement | null>());
	const [focusKey, setFocusKey] = useState<{ key: number; picker: boolean } | null>(null);
	useEffect(() => {
		if (!focusKey) return;
		const target = focusKey.picker
			? document.getElementById(`ed-picker-${focusKey.key}`)
			: firstPrices.current.get(focusKey.key);
		target?.focus();
		setFocusKey(null);
	}, [focusKey]);
	const add = (override: OverrideDraft, picker = false) => {
		onChange([...overrides, override]);
		setFocusKey({ key: override.key, picker });
	};
	const onPreset = (preset: ContractPreset) => {
		const target = presetTarget(preset);
		if (target.kind === 'base') return onFocusBase();
		const existing = overrides.find((override) =>
			target.kind === 'zone'
				? override.target.kind === 'zone' && override.target.zone === target.zone
				: override.target.kind === 'provinces' && presetOfProvinces(override.target.provinces) === preset,
		);
		if (existing) return setFocusKey({ key: existing.key, picker: false });
		add({
			key: newKey(),
			target: target.kind === 'zone' ? target : { kind: 'provinces', provinces: [...target.provinces] },
			card: blankOverrideCard(),
		});
	};
	const update = (key: number, patch: Partial<OverrideDraft>) =>
		onChange(overrides.map((override) => (override.key === key ? { ...override, ...patch } : override)));
	let customIndex = 0;
	return (
		<div class="pg-overrides">
			<PresetToolbar onPreset={onPreset} />
			{overrides.map((override) => {
				if (override.target.kind === 'provinces' && presetOfProvinces(override.target.provinces) === null)
					customIndex += 1;
				const scope = overrideScope(i18n, override, customIndex);
				const headingId = `ed-override-${override.key}`;
				const { target } = override;
				return (
					<section key={override.key} class="pg-override" aria-labelledby={headingId} data-cl="editor-override">
						<h4 id={headingId}>{scope}</h4>
						{target.kind === 'zone' ? (
							<ZoneMembers zone={target.zone} origins={origins} />
						) : (
							target.provinces.length > 0 && (
								<p class="pg-hint">
									{t('editor_zone_members', [
										target.provinces.map((code) => provinceName(code, lang)).join(t('list_separator')),
									])}
								</p>
							)
						)}
						<RateCardFields
							card={override.card}
							path={overridePath(target)}
							scope={scope}
							inherits={base}
							firstPriceRef={(element) => {
								firstPrices.current.set(override.key, element);
							}}
							onChange={(card) => update(override.key, { card })}
						/>
						{target.kind === 'provinces' && (
							<details open={target.provinces.length === 0 || undefined}>
								<summary>{t('editor_choose_provinces', [target.provinces.length])}</summary>
								<ProvincePicker
									id={`ed-picker-${override.key}`}
									label={t('editor_provinces_of', [scope])}
									selected={target.provinces}
									onChange={(provinces) => update(override.key, { target: { kind: 'provinces', provinces } })}
								/>
							</details>
						)}
						<button
							type="button"
							aria-label={t('editor_remove_override', [scope])}
							onClick={() => onChange(overrides.filter((other) => other.key !== override.key))}
						>
							{t('action_remove')}
						</button>
					</section>
				);
			})}
			<div class="pg-actions">
				<button
					type="button"
					data-cl="editor-preset"
					data-preset="custom"
					onClick={() =>
						add({ key: newKey(), target: { kind: 'provinces', provinces: [] }, card: blankOverrideCard() }, true)
					}
				>
					{t('editor_custom_provinces')}
				</button>
			</div>
			<RemoteGuidance />
		</div>
	);
}
