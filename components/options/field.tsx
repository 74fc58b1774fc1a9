import { createContext, type Ref } from 'preact';
import { useContext } from 'preact/hooks';
import type { ValidationIssue } from '../../utils/core/issues';
import { issueMessage } from '../error-text';
import { useI18n } from '../i18n';

/** Field issues by model path ("rates.bands[2].maxGrams"), shown beside the field with that path. */
export const IssuesContext = createContext<Map<string, ValidationIssue[]>>(new Map());

export function fieldId(path: string): string {
	return `f-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

function useFieldIssues(path: string): ValidationIssue[] {
	return useContext(IssuesContext).get(path) ?? [];
}

/** The problems of one field, beside it: what is wrong and what to type instead (the field's label is right there). */
export function FieldError({ path }: { path: string }) {
	const i18n = useI18n();
	const issues = useFieldIssues(path);
	if (issues.length === 0) return null;
	return (
		<span id={`${fieldId(path)}-error`} class="pg-field-error" data-path={path}>
			{issues.map((found) => issueMessage(i18n, found)).join(i18n.t('list_separator'))}
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
	/** Shown while empty (an override's inherited value); never a label. */
	placeholder?: string;
	inputRef?: Ref<HTMLInputElement>;
}

/** True when a field at or under `path` has a problem (to open a disclosure that hides it). */
export function useIssuesUnder(path: string): boolean {
	const byPath = useContext(IssuesContext);
	return [...byPath.keys()].some((found) => found.startsWith(`${path}.`));
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
				placeholder={props.placeholder}
				ref={props.inputRef}
				aria-label={props.hiddenLabel ? props.label : undefined}
				aria-invalid={invalid}
				aria-describedby={invalid ? `${id}-error` : undefined}
				onInput={(event) => props.onValue(event.currentTarget.value)}
			/>
			<FieldError path={props.path} />
		</span>
	);
}
