import { useI18n } from '../i18n';

/** What the view shows after an order file was read (the container maps the files layer's reading to this). */
export type MixImportResult =
	| {
			ok: true;
			fileName: string;
			rowsRead: number;
			rowsPlaced: number;
			encoding: 'utf-8' | 'gb18030';
			/** The first rows that named no province, as the spreadsheet numbers them. */
			unplaced: readonly { row: number; text: string }[];
	  }
	| {
			ok: false;
			fileName: string;
			/** unknown_encoding, binary, empty, no_province_column, or a reply error code (storage_unavailable …). */
			code: string;
	  };

interface OrderImportProps {
	result: MixImportResult | null;
	importing: boolean;
	onFile: (file: File) => void;
}

/**
 * "My orders" as a destination mix: the merchant picks an order export (CSV from 千牛, 京麦 or 拼多多商家后台); the
 * page reads it and keeps only the number of orders per province. The result says rows read, rows placed and
 * which rows could not be placed (hooks `mix-import` and `mix-import-result`).
 */
export function OrderImport({ result, importing, onFile }: OrderImportProps) {
	const { t } = useI18n();
	return (
		<section class="sw-import" aria-labelledby="sw-import-title">
			<h3 id="sw-import-title">{t('switch_import_title')}</h3>
			<p class="pg-hint" id="sw-import-hint">
				{t('switch_import_hint')}
			</p>
			<div class="pg-row">
				<label for="sw-import-file">{t('switch_import_choose')}</label>
				<input
					id="sw-import-file"
					type="file"
					accept=".csv,text/csv,text/plain"
					data-cl="mix-import"
					aria-describedby="sw-import-hint"
					disabled={importing}
					onChange={(event) => {
						const input = event.currentTarget;
						const file = input.files?.[0];
						if (file) onFile(file);
						// The same file chosen again (after re-saving it) must fire a change.
						input.value = '';
					}}
				/>
			</div>
			<div role="status" aria-live="polite">
				{importing && <p class="pg-hint">{t('switch_import_running')}</p>}
				{result && !importing && <ImportResultView result={result} />}
			</div>
		</section>
	);
}

function ImportResultView({ result }: { result: MixImportResult }) {
	const { t } = useI18n();
	if (!result.ok) {
		return (
			<div class="pg-error" data-cl="mix-import-result" data-ok="false" data-rows="0" data-placed="0">
				<p>{t('switch_import_failed', [result.fileName])}</p>
				<p>{t(`switch_import_error_${result.code}`) || t(`error_${result.code}`) || result.code}</p>
			</div>
		);
	}
	return (
		<div
			class="pg-ok"
			data-cl="mix-import-result"
			data-ok="true"
			data-rows={String(result.rowsRead)}
			data-placed={String(result.rowsPlaced)}
		>
			<p>
				{t('switch_import_ok', [
					result.fileName,
					result.rowsRead,
					result.rowsPlaced,
					t(result.encoding === 'gb18030' ? 'switch_encoding_gb18030' : 'switch_encoding_utf8'),
				])}
			</p>
			{result.unplaced.length > 0 && (
				<>
					<p>{t('switch_import_unplaced', [result.rowsRead - result.rowsPlaced])}</p>
					<ul class="pg-bullets">
						{result.unplaced.map((row) => (
							<li key={row.row}>
								{t('switch_import_unplaced_row', [row.row, row.text || t('switch_import_empty_cell')])}
							</li>
						))}
					</ul>
				</>
			)}
		</div>
	);
}
