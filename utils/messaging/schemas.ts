import * as v from 'valibot';
import { MAX_RECORDED_PAGES } from '../core/comparison-model';
import { PAGE_KEY_PATTERN } from '../core/comparison-records';
import { pageRecordSchema } from '../core/comparison-validation';
import { MAX_DIMENSION_CM, RANKING_STRATEGIES } from '../core/estimate-model';
import { isProvinceCode, PROVINCE_CODES } from '../core/geography';
import { CARRIER_IDS, PAYMENT_METHOD_IDS, PLATFORMS } from '../core/ids';
import {
	FACT_NAMES,
	MAX_FACT_FEN,
	MAX_FACT_GRAMS,
	MAX_FACT_TEXT,
	MAX_PAYMENT_BADGES,
	PAGE_TYPES,
} from '../core/page-facts';
import { CURRENCY_DISPLAYS, ORIGIN_MODES } from '../core/settings-model';
import { SOURCE_IDS } from '../core/source-ids';
import { BATCH_LIMITS } from './batches';
import { OPTIONS_TARGET_TABS, PANEL_DOCKS, PANEL_LAYOUTS, PANEL_STATES } from './protocol';

/**
 * Runtime schemas of every message payload. The background parses each payload with these before
 * anything else touches it: page-derived data is untrusted, and even our own pages can be out of date.
 */
/** One of the 31 provinces: `99` or `00` look like codes and are not. */
const provinceCode = v.picklist(PROVINCE_CODES);
const fen = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_FACT_FEN));
const grams = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_FACT_GRAMS));
/** Page text is capped: a page cannot make the background hold megabytes per message. */
const pageText = v.pipe(v.string(), v.maxLength(MAX_FACT_TEXT));
const nullableText = v.nullable(pageText);
const platform = v.picklist(PLATFORMS);
const carrier = v.picklist(CARRIER_IDS);
const ranking = v.picklist(RANKING_STRATEGIES);

const pageFactsSchema = v.object({
	platform,
	pageType: v.picklist(PAGE_TYPES),
	url: pageText,
	itemId: nullableText,
	title: nullableText,
	price: v.nullable(v.object({ text: pageText, fen })),
	listPrice: v.nullable(v.object({ text: pageText, fen })),
	shopName: nullableText,
	shopId: nullableText,
	sellerId: nullableText,
	shipFrom: v.nullable(v.object({ raw: pageText, province: v.nullable(provinceCode) })),
	shippingFee: v.nullable(v.object({ raw: pageText, fen: v.nullable(fen) })),
	deliveryPromise: nullableText,
	carrier: v.nullable(v.object({ raw: pageText, id: v.nullable(carrier) })),
	weight: v.nullable(v.object({ raw: pageText, grams })),
	paymentBadges: v.pipe(
		v.array(v.object({ raw: pageText, id: v.nullable(v.picklist(PAYMENT_METHOD_IDS)) })),
		v.maxLength(MAX_PAYMENT_BADGES),
	),
	missing: v.pipe(v.array(v.picklist(FACT_NAMES)), v.maxLength(FACT_NAMES.length)),
});

/**
 * How the adapter read the page (no page values, but page-driven): any shape the adapters give it, kept small.
 * Loose on purpose: the adapters own the diagnostics' fields.
 */
const diagnostics = v.pipe(
	v.looseObject({ adapterId: v.pipe(v.string(), v.maxLength(100)), readMs: v.number() }),
	v.check((d) => JSON.stringify(d).length <= 4_000, 'diagnostics too large'),
);
const shortText = v.pipe(v.string(), v.maxLength(300));
const pageReadingSchema = v.variant('ok', [
	v.object({ ok: v.literal(true), facts: pageFactsSchema, diagnostics }),
	v.object({ ok: v.literal(false), platform, adapterId: shortText, reason: shortText }),
]);

const panelViewSchema = v.strictObject({
	layout: v.picklist(PANEL_LAYOUTS),
	dock: v.picklist(PANEL_DOCKS),
	theme: v.picklist(['light', 'dark']),
	covered: v.boolean(),
});
/** CSS pixels of a move or a size: bounded, so a relayed command cannot carry absurd geometry. */
const pixels = v.pipe(v.number(), v.finite(), v.minValue(-100_000), v.maxValue(100_000));
const hostCommandSchema = v.variant('kind', [
	v.strictObject({
		kind: v.literal('rendered'),
		state: v.picklist([...PANEL_STATES, 'hidden']),
		collapsed: v.boolean(),
		width: pixels,
		height: pixels,
		title: shortText,
	}),
	v.strictObject({
		kind: v.literal('drag'),
		phase: v.picklist(['start', 'move', 'end']),
		screenX: pixels,
		screenY: pixels,
	}),
	v.strictObject({ kind: v.literal('nudge'), dx: pixels, dy: pixels }),
	v.strictObject({ kind: v.literal('dock'), side: v.picklist(['right', 'left']) }),
]);

const side = v.pipe(v.number(), v.minValue(0.1), v.maxValue(MAX_DIMENSION_CM));
const dimensions = v.object({ length: side, width: side, height: side });

const settingsPatchSchema = v.partial(
	v.strictObject({
		warehouseProvince: v.nullable(provinceCode),
		originMode: v.picklist(ORIGIN_MODES),
		defaultDestination: provinceCode,
		defaultWeightGrams: grams,
		defaultDimensionsCm: v.nullable(dimensions),
		ranking,
		costWeightPercent: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
		enabledSites: v.partial(v.strictObject(Object.fromEntries(PLATFORMS.map((p) => [p, v.boolean()])))),
		currencyDisplay: v.picklist(CURRENCY_DISPLAYS),
		recordVisits: v.boolean(),
	}),
);

/** The version a save edited (see VersionedSave in protocol.ts): a contract's `updatedAt`, or the settings' count. */
const contractVersion = v.nullable(v.pipe(v.string(), v.isoTimestamp()));
const settingsVersion = v.pipe(v.number(), v.integer(), v.minValue(0));

/** An order export of up to five million rows (the 100,000-row benchmark is well inside). */
const MAX_ORDER_ROWS = 5_000_000;
const rowCount = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_ORDER_ROWS));
const orderMixSchema = v.pipe(
	v.strictObject({
		counts: v.record(
			v.pipe(
				v.string(),
				v.check((key: string) => isProvinceCode(key), 'not a province code'),
			),
			rowCount,
		),
		rowsRead: rowCount,
		rowsPlaced: rowCount,
	}),
	v.check(
		({ counts, rowsRead, rowsPlaced }) =>
			rowsPlaced <= rowsRead && Object.values(counts).reduce((sum, n) => sum + n, 0) === rowsPlaced,
		'the counts must add up to the rows placed, and no more rows placed than read',
	),
);
/** Rows per import batch and batches per import (utils/messaging/batches.ts splits files accordingly). */
export const MAX_IMPORT_BATCH_ROWS = 1_000;
const MAX_IMPORT_BATCHES = MAX_RECORDED_PAGES;
const openCompare = v.strictObject({ key: v.nullable(v.pipe(v.string(), v.regex(PAGE_KEY_PATTERN))) });
const count = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

export const requestSchemas = {
	'cs.hello': v.null(),
	'cs.reading': v.strictObject({ reading: v.nullable(pageReadingSchema), view: panelViewSchema }),
	'cs.view': panelViewSchema,
	'panel.hello': v.null(),
	'panel.choose': v.strictObject({
		destination: v.nullable(provinceCode),
		weightGrams: v.nullable(grams),
		strategy: v.nullable(ranking),
	}),
	'panel.host': hostCommandSchema,
	'panel.openOptions': v.nullable(
		v.strictObject({ tab: v.picklist(OPTIONS_TARGET_TABS), source: v.nullable(v.picklist(SOURCE_IDS)) }),
	),
	'panel.saveRanking': v.strictObject({ ranking }),
	'panel.openSwitchCalculator': v.strictObject({ origin: v.nullable(provinceCode) }),
	'panel.openCompare': openCompare,
	'ui.getState': v.null(),
	'ui.getEditorState': v.null(),
	'ui.getTabState': v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
	'ui.saveSettings': v.strictObject({
		patch: settingsPatchSchema,
		baseVersion: settingsVersion,
		overwrite: v.boolean(),
	}),
	'ui.saveQuickContract': v.strictObject({
		carrier,
		firstFen: fen,
		extraFen: fen,
		originProvince: v.optional(v.nullable(provinceCode)),
		baseVersion: contractVersion,
		overwrite: v.boolean(),
	}),
	// Contracts are checked field by field by the core's validator, which reports paths.
	'ui.saveContract': v.strictObject({ contract: v.unknown(), baseVersion: contractVersion, overwrite: v.boolean() }),
	'ui.deleteContract': v.strictObject({ id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)) }),
	// Each contract of a batch is checked (and stripped to the model) by the core's validator.
	'ui.importContractsBatch': v.strictObject({
		importId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
		index: v.pipe(v.number(), v.integer(), v.minValue(0)),
		count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(BATCH_LIMITS.maxBatches)),
		items: v.pipe(v.array(v.unknown()), v.maxLength(BATCH_LIMITS.maxItems)),
	}),
	'ui.exportContractsPage': v.strictObject({
		after: v.nullable(v.pipe(v.string(), v.maxLength(200))),
		limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(BATCH_LIMITS.maxItems)),
	}),
	'ui.getOrderMix': v.null(),
	'ui.saveOrderMix': orderMixSchema,
	'ui.openCompare': openCompare,
	'ui.listPages': v.strictObject({
		order: v.picklist(['recent', 'key']),
		after: v.nullable(v.pipe(v.string(), v.maxLength(200))),
		limit: count(1, 5_000),
	}),
	'ui.importPages': v.strictObject({
		importId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{8,64}$/)),
		index: count(0, MAX_IMPORT_BATCHES - 1),
		count: count(1, MAX_IMPORT_BATCHES),
		items: v.pipe(v.array(pageRecordSchema), v.maxLength(MAX_IMPORT_BATCH_ROWS)),
	}),
	'ui.clearPages': v.null(),
	'ui.getAdapterHealth': v.null(),
} as const;

/** The message envelope: a known name and some data. */
export const envelopeSchema = v.strictObject({
	name: v.picklist(Object.keys(requestSchemas) as (keyof typeof requestSchemas)[]),
	data: v.unknown(),
});
