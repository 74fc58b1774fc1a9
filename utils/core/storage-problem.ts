/**
 * Why the extension's database cannot be used right now, as a code the views translate (`storage_problem_<code>`):
 * - `missing_api`: the browser offers no IndexedDB here (private browsing, a hardened profile);
 * - `quota`: the disk or the browser's storage quota is full;
 * - `version`: a newer version of the extension left a database this one cannot open;
 * - `open_failed`: any other failure to open or read it (a disk error, a blocked upgrade).
 */
export const STORAGE_PROBLEM_CODES = ['missing_api', 'quota', 'version', 'open_failed'] as const;
export type StorageProblemCode = (typeof STORAGE_PROBLEM_CODES)[number];
