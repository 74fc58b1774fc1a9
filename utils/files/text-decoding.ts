import { fail, ok, type Result } from '../core/result';

/**
 * Turns the bytes of a merchant's file into text, or refuses it. Excel and WPS on Chinese Windows save CSV as
 * GBK/GB18030 unless told "CSV UTF-8"; everything else we meet is UTF-8, with or without a BOM. Decoding is
 * strict: a byte sequence that is not valid in the encoding tried rejects that encoding, so a file is never
 * imported as mojibake.
 */

export type TextEncodingName = 'utf-8' | 'gb18030';

export interface DecodedText {
	text: string;
	encoding: TextEncodingName;
	bom: boolean;
}

/** `unknown_encoding`: neither UTF-8 nor GB18030 (re-save as "CSV UTF-8"); `binary`: not a text file at all. */
export type UndecodableText = 'unknown_encoding' | 'binary';

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

// Control characters other than tab, line feed and carriage return: a spreadsheet export never holds them,
// a binary file (xlsx, zip, image) always does.
const hasControlCharacter = (text: string): boolean => {
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
	}
	return false;
};

function strictDecode(encoding: TextEncodingName, bytes: Uint8Array): string | null {
	try {
		return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return null;
	}
}

/** UTF-8 first (it rarely validates by accident), then GB18030, which is a superset of GBK and GB2312. */
export function decodeTextFile(bytes: Uint8Array): Result<DecodedText, UndecodableText> {
	const bom = UTF8_BOM.every((byte, index) => bytes[index] === byte);
	const body = bom ? bytes.subarray(UTF8_BOM.length) : bytes;
	const utf8 = strictDecode('utf-8', body);
	const [text, encoding]: [string | null, TextEncodingName] =
		utf8 !== null || bom ? [utf8, 'utf-8'] : [strictDecode('gb18030', body), 'gb18030'];
	if (text === null)
		return fail(hasControlCharacter(new TextDecoder('latin1').decode(body)) ? 'binary' : 'unknown_encoding');
	if (hasControlCharacter(text)) return fail('binary');
	return ok({ text, encoding, bom });
}
