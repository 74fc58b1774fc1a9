import { carrierName, formatRate, provinceName } from '../../components/format';
import type { I18n } from '../../components/i18n';
import type { DefaultFigureRow } from '../../components/options/data-sources';
import {
	DELIVERY_TIME_METHOD,
	DELIVERY_TIME_PROVENANCE,
	deliveryTimeFigures,
	type ModelFigure,
} from '../../utils/core/delivery-time';
import { MIX_SCALE, NATIONAL_MIX, NATIONAL_MIX_METHOD, nationalMixRows } from '../../utils/core/destination-mix';
import { isCarrierId } from '../../utils/core/ids';
import type { Provenance, Wording } from '../../utils/core/provenance';
import { restsOnWeakSources } from '../../utils/core/sources';

/**
 * The switch calculator's two models on the data-sources page, as rows of its table: the national destination
 * mix (every province's share, with the population and per-person use behind it) and the delivery-time model
 * (every SPB figure it uses and every factor it derives). Each group opens with the method, step by step, in the
 * merchant's language.
 */

/** A note's text: message `switch_note_<code>`, its params in alphabetical order of their names ($1 = first). */
function noteText({ t }: I18n, note: Wording): string {
	const params = note.params ?? {};
	return t(
		`switch_note_${note.code}`,
		Object.keys(params)
			.sort()
			.map((key) => String(params[key])),
	);
}

/** Method rows: the label says which step, the note column holds the reasoning. */
function methodRows(i18n: I18n, group: string, notes: readonly Wording[], provenance: Provenance): DefaultFigureRow[] {
	return notes.map((note, index) => ({
		group,
		label: i18n.t('switch_model_step', [index + 1]),
		value: '',
		note: noteText(i18n, note),
		provenance,
		weakSourcesOnly: restsOnWeakSources(provenance.sourceIds),
	}));
}

function modelValue(figure: ModelFigure): string {
	if (figure.unit === 'hours') return `${figure.value.toFixed(2)} h`;
	if (figure.unit === 'rate') return formatRate(figure.value);
	return `× ${figure.value.toFixed(3)}`;
}

export function switchModelRows(i18n: I18n): DefaultFigureRow[] {
	const { t, lang } = i18n;
	const mixGroup = t('switch_model_group_mix');
	const mixRows = nationalMixRows();
	const mix = [
		...methodRows(i18n, mixGroup, NATIONAL_MIX_METHOD, NATIONAL_MIX.provenance),
		...mixRows.map((row) => ({
			group: mixGroup,
			label: t('switch_model_mix_share', [provinceName(row.province, lang)]),
			value: `${((row.ppm * 100) / MIX_SCALE).toFixed(2)}%`,
			note: t('switch_model_mix_share_note', [
				row.population.value.toLocaleString('en'),
				row.parcelsPerPerson.value.toFixed(1),
			]),
			provenance: row.parcelsPerPerson.provenance,
			weakSourcesOnly: restsOnWeakSources(row.parcelsPerPerson.provenance.sourceIds),
		})),
	];
	const timeGroup = t('switch_model_group_time');
	const figures = deliveryTimeFigures();
	const time = [
		...methodRows(i18n, timeGroup, DELIVERY_TIME_METHOD, DELIVERY_TIME_PROVENANCE),
		...figures.map((figure) => {
			const carrier = figure.params?.carrier;
			return {
				group: timeGroup,
				label:
					typeof carrier === 'string' && isCarrierId(carrier)
						? t(`switch_model_${figure.key}`, [carrierName(carrier, lang)])
						: t(`switch_model_${figure.key}`),
				value: modelValue(figure),
				note: figure.provenance.note[lang],
				provenance: figure.provenance,
				weakSourcesOnly: restsOnWeakSources(figure.provenance.sourceIds),
			};
		}),
	];
	return [...mix, ...time];
}
