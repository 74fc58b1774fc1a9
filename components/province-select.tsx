import { PROVINCES } from '../utils/core/geography';
import type { ProvinceCode } from '../utils/core/ids';
import { useI18n } from './i18n';

interface ProvinceSelectProps {
	id: string;
	value: ProvinceCode | null;
	onChange: (code: ProvinceCode) => void;
	/** Automation hook name (`destination`), when this select is one. */
	hook?: string;
	disabled?: boolean;
	/** Shown as the first, empty option when value may be null. */
	placeholder?: string;
	class?: string;
	/** Marks the select as needing a value (aria-invalid), with the id of the sentence that asks for it. */
	invalid?: boolean;
	describedBy?: string;
}

/** The 31 provinces, option values = GB/T 2260 codes, names in the UI language. */
export function ProvinceSelect(props: ProvinceSelectProps) {
	const { lang } = useI18n();
	return (
		<select
			id={props.id}
			class={props.class}
			data-cl={props.hook}
			disabled={props.disabled}
			aria-invalid={props.invalid}
			aria-describedby={props.describedBy}
			value={props.value ?? ''}
			onChange={(event) => {
				const code = event.currentTarget.value;
				if (code) props.onChange(code);
			}}
		>
			{props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
			{PROVINCES.map((province) => (
				<option key={province.code} value={province.code}>
					{province.name[lang]}
				</option>
			))}
		</select>
	);
}
