import type { ContractFileFormat } from '../../utils/core/contract-model';
import type { ValidationIssue } from '../../utils/core/issues';
import type { ErrorCode } from '../../utils/core/result';
import { ErrorMessage, errorText } from '../error-text';
import { useI18n } from '../i18n';

/**
 * How an import ended. A rejected file lists every problem (`invalid_import`); any other code (the import was
 * interrupted, storage failed) says what happened. Either way nothing was changed.
 */
export type ImportResult =
	| { ok: true; fileName: string; imported: number }
	| { ok: false; fileName: string; error: { code: ErrorCode; issues?: ValidationIssue[] } };

export interface ImportExportProps {
	/** null before any import (and while one runs, so an old result is never mistaken for the new one). */
	importResult: ImportResult | null;
	/** Contracts sent so far of the file's total, while an import runs; null otherwise. */
	importProgress: { sent: number; total: number } | null;
	/** The file the merchant chose; the container checks its size, reads and validates it. */
	onImport: (file: File) => void;
	onExport: (format: ContractFileFormat) => void;
	/** Error code of a failed export. */
	exportError?: ErrorCode | null;
}

/** The rejection's one heading: the file, that nothing changed, and what to do (never the same thing twice). */
function rejectionHeading(i18n: ReturnType<typeof useI18n>, result: Extract<ImportResult, { ok: false }>): string {
	const count = result.error.issues?.length ?? 0;
	return count > 0
		? i18n.t('import_rejected_issues', [count, result.fileName])
		: i18n.t('import_rejected', [result.fileName, errorText(i18n, result.error.code)]);
}

/** JSON/CSV import (all or nothing, every problem listed) and export. */
export function ImportExport(props: ImportExportProps) {
	const i18n = useI18n();
	const { t } = i18n;
	const result = props.importResult;
	return (
		<div class="pg-stack">
			<section aria-labelledby="ie-import-title">
				<h2 id="ie-import-title">{t('import_title')}</h2>
				<p class="pg-hint">{t('import_hint')}</p>
				<label for="ie-file">{t('import_choose')}</label>{' '}
				<input
					id="ie-file"
					type="file"
					accept=".json,.csv,application/json,text/csv"
					data-cl="import"
					onChange={(event) => {
						const input = event.currentTarget;
						const file = input.files?.[0];
						if (!file) return;
						props.onImport(file);
						// Lets the same file be chosen again after fixing it.
						input.value = '';
					}}
				/>
				<p class="pg-hint">
					{t('import_examples')}{' '}
					<a href="examples/contracts.example.json" download>
						contracts.example.json
					</a>{' '}
					<a href="examples/contracts.example.csv" download>
						contracts.example.csv
					</a>
				</p>
				{props.importProgress && (
					<p role="status">{t('import_running', [props.importProgress.sent, props.importProgress.total])}</p>
				)}
				{result && (
					<div data-cl="import-result" data-ok={result.ok ? 'true' : 'false'}>
						{result.ok ? (
							<p class="pg-ok" role="status">
								{t('import_ok', [result.imported, result.fileName])}
							</p>
						) : (
							<ErrorMessage error={result.error} heading={rejectionHeading(i18n, result)} />
						)}
					</div>
				)}
			</section>
			<section aria-labelledby="ie-export-title">
				<h2 id="ie-export-title">{t('export_title')}</h2>
				<p class="pg-hint">{t('export_hint')}</p>
				<div class="pg-actions">
					<button type="button" data-cl="export-json" onClick={() => props.onExport('json')}>
						{t('export_json')}
					</button>
					<button type="button" data-cl="export-csv" onClick={() => props.onExport('csv')}>
						{t('export_csv')}
					</button>
				</div>
				<ErrorMessage error={props.exportError ? { code: props.exportError } : null} />
			</section>
		</div>
	);
}
