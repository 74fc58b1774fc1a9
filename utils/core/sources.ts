import * as v from 'valibot';
import { SOURCE_IDS, type SourceId } from './source-ids';
import data from './sources.json';

/** What kind of document a source is; the views word it ("新闻", "券商研报", "公开代码" …). */
export const SOURCE_KINDS = [
	'news',
	'official_data',
	'broker_research',
	'company_report',
	'contract_data',
	'reference_data',
	'developer_docs',
	'code',
	'forum',
	'blog',
	'guide',
	'ai_summary',
	'content_farm',
] as const;

/**
 * Why a source would not convince a merchant on its own: code from an unrecorded repository, an AI-written
 * summary, a content farm, an official notice reprinted on an unrelated site (a parenting blog), or a low-quality
 * page (an advert, an auto-generated summary). A figure resting only on weak sources is labelled an estimate.
 */
export const WEAKNESSES = ['anonymous_code', 'ai_written', 'content_farm', 'unrelated_site', 'low_quality'] as const;

const text = v.pipe(v.string(), v.trim(), v.minLength(1));
const localized = v.strictObject({ zh: text, en: text, vi: text });

const sourceSchema = v.strictObject({
	id: v.picklist(SOURCE_IDS),
	title: localized,
	publisher: localized,
	kind: v.picklist(SOURCE_KINDS),
	/** YYYY, YYYY-MM or YYYY-MM-DD; null when the document has no date. */
	date: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/))),
	/** A link a merchant can open; null when none was recorded (the views then show plain text). */
	url: v.nullable(v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//))),
	quality: v.picklist(['high', 'medium', 'low-medium', 'low', 'very low']),
	weak: v.nullable(v.picklist(WEAKNESSES)),
});
export type Source = v.InferOutput<typeof sourceSchema>;

/** The schema of sources.json: parsed when this module loads, so a broken file fails loudly in tests and builds. */
export const sourcesFileSchema = v.strictObject({ $comment: v.string(), sources: v.array(sourceSchema) });

const SOURCE_LIST: readonly Source[] = v.parse(sourcesFileSchema, data).sources;

export const SOURCES: ReadonlyMap<SourceId, Source> = new Map(SOURCE_LIST.map((source) => [source.id, source]));

/** Every source cited is weak: the figure rests on nothing a merchant would trust on its own. */
export function restsOnWeakSources(sourceIds: readonly SourceId[]): boolean {
	return sourceIds.length > 0 && sourceIds.every((id) => SOURCES.get(id)?.weak !== null);
}

/** Sources in the order of the list (S01 … then the newer F and P ids). */
export function listSources(): readonly Source[] {
	return SOURCE_LIST;
}
