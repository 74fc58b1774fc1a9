/**
 * Text as Excel on Chinese Windows saves a CSV: GB18030 (GBK for these characters), no BOM. TextEncoder writes
 * UTF-8 only, so the bytes come from a table of every two-byte GBK code, decoded once.
 */
let table: Map<string, [number, number]> | undefined;

export function encodeGb18030(text: string): Uint8Array {
	if (!table) {
		const decoder = new TextDecoder('gb18030');
		table = new Map();
		for (let lead = 0x81; lead <= 0xfe; lead++) {
			for (let trail = 0x40; trail <= 0xfe; trail++) {
				const char = decoder.decode(new Uint8Array([lead, trail]));
				if (!table.has(char)) table.set(char, [lead, trail]);
			}
		}
	}
	const codes = table;
	return new Uint8Array(
		[...text].flatMap((char) => {
			if (char.charCodeAt(0) < 0x80) return [char.charCodeAt(0)];
			const code = codes.get(char);
			if (!code) throw new Error(`no two-byte GBK code for ${char}`);
			return code;
		}),
	);
}
