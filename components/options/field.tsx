import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { useI18n } from '../i18n';
import type { FieldIssue } from './contract-draft';

/** Field issues by model path ("rates.bands[2].maxGrams"), shown beside the field with that path. */
export const IssuesContext = createContext<Map<string, FieldIssue[]>>(new Map());

function fieldId(path: string): string {
	return `f-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

function useFieldIssues(path: string): FieldIssue[] {
	return useContext(IssuesContext).get(path) ?? [];
}

export function FieldError({ path }: { path: string }) {
	const { t } = useI18n();
	const issues = useFieldIssues(path);
	if (issues.length === 0) return null;
	return (
		<span id={`${fieldId(path)}-error`} class="pg-field-error" data-path={path}>
			{issues.map((issue) => (issue.key ? t(issue.key) : `${t('field_invalid')}: ${issue.message}`)).join(' \u00b7 ')}
		</span>
	);
}

interface TextFieldProps {
	path: string;
	label: string;
	value: string;
	onValue: (value: string) => void;
	type?: 'text' | 'date';
	inputMode?: 'decimal' | 'numeric' | 'text';
	short?: boolean;
	/** Label for screen readers only, when a table header labels the column visually. */
	hiddenLabel?: boolean;
}

/** A labelled input whose errors come from IssuesContext by path. */
export function TextField(props: TextFieldProps) {
	const id = fieldId(props.path);
	const issues = useFieldIssues(props.path);
	const invalid = issues.length > 0;
	return (
		<span class="pg-field">
			{!props.hiddenLabel && <label for={id}>{props.label}</label>}
			<input
				id={id}
				type={props.type ?? 'text'}
				inputMode={props.inputMode ?? 'decimal'}
				class={props.short ? 'pg-short' : undefined}
				value={props.value}
				aria-label={props.hiddenLabel ? props.label : undefined}
				aria-invalid={invalid}
				aria-describedby={invalid ? `${id}-error` : undefined}
				onInput={(event) => props.onValue(event.currentTarget.value)}
			/>
			<FieldError path={props.path} />
		</span>
	);
}
