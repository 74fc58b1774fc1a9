import type { ValidationIssue } from '../utils/core/issues';
import type { ErrorCode } from '../utils/core/result';
import { fieldLabel } from './field-labels';
import { type CurrencyDisplay, messageArgs } from './format';
import { type I18n, useI18n } from './i18n';

/**
 * The one place where error codes become words: a reply's code (`error_<code>`) and a validation issue
 * (`issue_<code>`, with the field's own label, where it is, and what to type instead). Every view uses these.
 */

/** A reply error code in the merchant's language; an unknown code reads as the generic internal error. */
export function errorText({ t }: I18n, code: ErrorCode | string): string {
	return t(`error_${code}`) || t('error_internal');
}

/** What is wrong and what to type instead, without where (a field's own error line needs no label). */
export function issueMessage(i18n: I18n, found: ValidationIssue, currency: CurrencyDisplay = 'symbol'): string {
	return i18n.t(`issue_${found.code}`, messageArgs(i18n, found.params, currency)) || found.code;
}

/**
 * Where an issue is, in the merchant's words: 第3行「首重价格」（first_yuan列）for a CSV cell, 第2份合同「首重价格」
 * for a JSON contract, 「首重价格」for a form field; '' when it concerns the whole file.
 */
function issuePlace(i18n: I18n, found: ValidationIssue): string {
	const { t } = i18n;
	const at = found.at ?? {};
	const label = fieldLabel(i18n, found.path, at.row === undefined);
	const quoted = label ? t('issue_field', [label]) : '';
	if (at.row !== undefined) {
		return at.column ? t('issue_at_cell', [at.row, quoted || at.column, at.column]) : t('issue_at_row', [at.row]);
	}
	if (at.contract !== undefined) return t('issue_at_contract', [at.contract, quoted]);
	return quoted;
}

/** One issue as a full line: where, then what is wrong and what to type instead. */
export function issueText(i18n: I18n, found: ValidationIssue, currency: CurrencyDisplay = 'symbol'): string {
	const place = issuePlace(i18n, found);
	const message = issueMessage(i18n, found, currency);
	return place ? i18n.t('issue_line', [place, message]) : message;
}

interface ErrorMessageProps {
	/** A reply error (code, and for rejected files or contracts the issues), or null for nothing. */
	error: { code: ErrorCode | string; issues?: readonly ValidationIssue[] } | null | undefined;
	/** Replaces the code's own sentence (the import header names the file). */
	heading?: string;
	class?: string;
}

/** Issues listed one per line; a file with thousands of bad rows shows the first ones and how many more. */
const MAX_LISTED_ISSUES = 100;

/** A reply error as an alert: its sentence, then each issue on its own line. */
export function ErrorMessage({ error, heading, class: className = 'pg-error' }: ErrorMessageProps) {
	const i18n = useI18n();
	if (!error) return null;
	const issues = error.issues ?? [];
	return (
		<div class={className} role="alert">
			<p>{heading ?? errorText(i18n, error.code)}</p>
			{issues.length > 0 && (
				<ul class="pg-issues">
					{issues.slice(0, MAX_LISTED_ISSUES).map((found, index) => (
						<li key={index} data-path={found.path} data-code={found.code}>
							{issueText(i18n, found)}
						</li>
					))}
					{issues.length > MAX_LISTED_ISSUES && <li>{i18n.t('issues_more', [issues.length - MAX_LISTED_ISSUES])}</li>}
				</ul>
			)}
		</div>
	);
}
