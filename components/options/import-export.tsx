import type { ValidationIssue } from '../../utils/core/contract-model';
import { useI18n } from '../i18n';

export type ImportResult =
	| { ok: true; fileName: string; imported: number }
	| { ok: false; fileName: string; code: string; detail?: string; issues: ValidationIssue[] };

export interface ImportExportProps {
	/** null before any import (and while one runs, so an old result is never mistaken for the new one). */
	importResult: ImportResult | null;
	importing: boolean;
	onImport: (file: { fileName: string; text: string }) => void;
	onExport: (format: 'json' | 'csv') => void;
	/** Error code of a failed export. */
	exportError?: string | null;
}

/** JSON/CSV import (all or nothing, every problem listed) and export. */
export function ImportExport(props: ImportExportProps) {
	const { t } = useI18n();
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
					onChange={async (event) => {
						const input = event.currentTarget;
						const file = input.files?.[0];
						if (!file) return;
						const text = await file.text();
						props.onImport({ fileName: file.name, text });
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
				{props.importing && <p role="status">{t('import_running')}</p>}
				{result && (
					<div
						class={result.ok ? 'pg-ok' : 'pg-error'}
						data-cl="import-result"
						data-ok={result.ok ? 'true' : 'false'}
						role={result.ok ? 'status' : 'alert'}
					>
						{result.ok ? (
							<p>{t('import_ok', [result.imported, result.fileName])}</p>
						) : (
							<>
								<p>
									{t('import_rejected', [result.fileName])} {t(`error_${result.code}`) || t('error_internal')}
								</p>
								{result.issues.length === 0 && result.detail && <p>{result.detail}</p>}
								<ul>
									{result.issues.map((issue, index) => (
										<li key={index} data-path={issue.path}>
											<code>{issue.path}</code>: {issue.message}
										</li>
									))}
								</ul>
							</>
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
				{props.exportError && (
					<p class="pg-error" role="alert">
						{t(`error_${props.exportError}`) || t('error_internal')}
					</p>
				)}
			</section>
		</div>
	);
}
