import { useEffect, useRef, useState } from 'preact/hooks';
import { gramsToKgText, parseKgText } from './format';
import { useI18n } from './i18n';

interface KgInputProps {
	id: string;
	grams: number;
	/** Called on the native change event with whole grams; never with invalid input. */
	onChange: (grams: number) => void;
	class?: string;
	/** Automation hook name; `weight-kg` unless the page defines another (`switch-weight-kg`). */
	hook?: string;
}

/** A weight typed in kg ("2.5"); invalid text shows a field error and is not passed on. */
export function KgInput({ id, grams, onChange, class: className, hook = 'weight-kg' }: KgInputProps) {
	const { t } = useI18n();
	const [text, setText] = useState(gramsToKgText(grams));
	const [invalid, setInvalid] = useState(false);
	// Typed and not yet committed (no change event): a value arriving from outside must not clobber it.
	const typing = useRef(false);
	// A new value from outside (settings pushed from the popup) replaces what is shown.
	useEffect(() => {
		if (typing.current) return;
		setText(gramsToKgText(grams));
		setInvalid(false);
	}, [grams]);
	const errorId = `${id}-error`;
	return (
		<>
			<input
				id={id}
				class={className}
				type="text"
				inputMode="decimal"
				autoComplete="off"
				data-cl={hook}
				value={text}
				aria-invalid={invalid}
				aria-describedby={invalid ? errorId : undefined}
				onInput={(event) => {
					typing.current = true;
					setText(event.currentTarget.value);
				}}
				onChange={(event) => {
					typing.current = false;
					const value = event.currentTarget.value;
					setText(value);
					const parsed = parseKgText(value);
					setInvalid(parsed === null);
					if (parsed !== null && parsed !== grams) onChange(parsed);
				}}
			/>
			{invalid && (
				<span id={errorId} class="cl-field-error" role="alert">
					{t('error_weight_invalid')}
				</span>
			)}
		</>
	);
}
