/**
 * Ids of the sources in sources.json: S.. from shared/reference/data.json, the others from
 * data-delivery-time.md (F payments, P prices, T delivery time, G geography; G11 and G12 were added for the
 * switch calculator). Declared here, as a literal list, so that citing an id that does
 * not exist (`sourced(['S99'], …)`) does not compile; tests/core/sources.test.ts checks the list against the JSON.
 * Kept apart from the JSON so that the panel, which shows ids only, never bundles the source texts.
 */
// biome-ignore format: a table of ids
export const SOURCE_IDS = [
	'S01', 'S02', 'S03', 'S04', 'S05', 'S06', 'S07', 'S08', 'S09', 'S10', 'S11', 'S12', 'S13', 'S14', 'S15',
	'S16', 'S17', 'S18', 'S19', 'S20', 'S21', 'S22', 'S23', 'S24', 'S25', 'S26', 'S27', 'S28', 'S29', 'S30',
	'S31', 'S32', 'S33', 'S34', 'S35', 'S36', 'S37', 'S38', 'S39', 'S40', 'S41', 'S42', 'S43', 'S44', 'S45',
	'S46', 'S47', 'S48', 'S49', 'S50', 'S51', 'S52', 'S53', 'S54', 'S55', 'S56', 'S57', 'S58', 'S59', 'S60',
	'S61', 'S62', 'S63', 'S64', 'S65', 'S66', 'S67', 'S68', 'S69', 'F1', 'P6', 'T2', 'T5', 'T6', 'G2', 'G6',
	'G9', 'G11', 'G12',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];
