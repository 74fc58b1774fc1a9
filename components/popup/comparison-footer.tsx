import { useI18n } from '../i18n';

interface ComparisonFooterProps {
	/** null: the settings could not be read (the checkbox would show a guess). */
	recordVisits: boolean | null;
	onRecordVisitsChange: (record: boolean) => void;
	onOpenCompare: () => void;
	onOpenOptions: () => void;
}

/** Recording for the comparison (what is kept, and that it stays in this browser), and the way to the other pages. */
export function ComparisonFooter({
	recordVisits,
	onRecordVisitsChange,
	onOpenCompare,
	onOpenOptions,
}: ComparisonFooterProps) {
	const { t } = useI18n();
	return (
		<footer class="pp-block pp-footer">
			{recordVisits !== null && (
				<>
					<label class="pg-check">
						<input
							type="checkbox"
							data-cl="record-visits"
							aria-describedby="pp-record-what"
							checked={recordVisits}
							onChange={(event) => onRecordVisitsChange(event.currentTarget.checked)}
						/>
						{t('compare_record_visits')}
					</label>
					<p id="pp-record-what" class="pp-hint">
						{t('popup_record_what')}
					</p>
				</>
			)}
			<p class="pp-links">
				<button type="button" data-cl="open-compare" onClick={onOpenCompare}>
					{t('popup_open_compare')}
				</button>
				<button type="button" class="pg-link" onClick={onOpenOptions}>
					{t('popup_open_options')}
				</button>
			</p>
		</footer>
	);
}
