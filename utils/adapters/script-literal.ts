/**
 * Tolerant reader for the JavaScript object literals that marketplaces inline in `<script>` tags
 * (`var g_config = {…}`, `TShop.Setup({…})`, `window.__ICE_APP_CONTEXT__={…}`).
 *
 * Why parse script TEXT rather than bridge to the page's main world: a content script runs in an isolated
 * world and cannot see page globals. A bridge would need a web-accessible script (or scripting.executeScript)
 * that runs our code inside the hostile page and posts data back; that widens the attack surface, costs a
 * round trip, and only works after the page's own scripts have run (and not at all when they throw, as a
 * truncated g_config does). The inline text is there at document_end, whatever the page's JS does.
 *
 * Many blobs are JS, not JSON (single quotes, unquoted keys, `\u` escapes, `+new Date`, ternaries), so
 * JSON.parse is not enough. Values that are expressions are skipped and left out (unknown, never guessed);
 * a literal that is truncated or malformed yields null as a whole, so no partial value is ever resurrected.
 * Depth and length are bounded and the scanner only moves forward: it cannot hang or overflow the stack.
 */

const MAX_DEPTH = 48;
/** Scripts looked at, at most, in one search (a large page has about 200). */
const MAX_SCRIPTS = 1_000;
const MAX_SCAN = 2_000_000;
/** Marks a skipped expression; dropped from objects, kept as a hole in arrays. */
const SKIP = Symbol('skip');

class Bail extends Error {}

const isIdStart = (c: string): boolean => /[A-Za-z_$\u00a0-\uffff]/.test(c);
const isId = (c: string): boolean => /[\w$\u00a0-\uffff]/.test(c);

/**
 * Parses one literal starting at `from` (after optional whitespace). Returns null when it is not a complete literal.
 * @internal The adapters use readLiteral's scan through the exported readers; the parser's own tests call this.
 */
export function parseLiteral(src: string, from = 0): { value: unknown; end: number } | null {
	const r = readLiteral(src, from);
	return r.ok ? { value: r.value, end: r.end } : null;
}

/** parseLiteral, also saying how far a failed attempt got (`end`), so callers can skip what it already scanned. */
function readLiteral(src: string, from: number): { ok: boolean; value: unknown; end: number } {
	let i = from;
	const end = Math.min(src.length, from + MAX_SCAN);

	const fail = (): never => {
		throw new Bail();
	};
	const ws = (): void => {
		while (i < end) {
			const c = src[i];
			if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\ufeff') i++;
			else if (c === '/' && src[i + 1] === '/') {
				const nl = src.indexOf('\n', i);
				i = nl < 0 || nl > end ? end : nl;
			} else if (c === '/' && src[i + 1] === '*') {
				const close = src.indexOf('*/', i + 2);
				if (close < 0 || close > end) fail();
				i = close + 2;
			} else return;
		}
	};

	const str = (): string => {
		const q = src[i++];
		let out = '';
		while (i < end) {
			const c = src[i++] as string;
			if (c === q) return out;
			if (c === '\n' || c === '\r') fail();
			if (c !== '\\') {
				out += c;
				continue;
			}
			const e = src[i++];
			if (e === 'u') {
				let hex: string;
				if (src[i] === '{') {
					const close = src.indexOf('}', i);
					if (close < 0 || close - i > 7) fail();
					hex = src.slice(i + 1, close);
					i = close + 1;
				} else {
					hex = src.slice(i, i + 4);
					i += 4;
				}
				const cp = /^[0-9a-fA-F]{1,6}$/.test(hex) ? Number.parseInt(hex, 16) : Number.NaN;
				if (!(cp <= 0x10ffff)) fail();
				out += String.fromCodePoint(cp);
			} else if (e === 'x') {
				const hex = src.slice(i, i + 2);
				if (!/^[0-9a-fA-F]{2}$/.test(hex)) fail();
				out += String.fromCharCode(Number.parseInt(hex, 16));
				i += 2;
			} else if (e === '\r' || e === '\n') {
				if (e === '\r' && src[i] === '\n') i++; // line continuation
			} else if (e === undefined) fail();
			else out += { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' }[e] ?? e;
		}
		return fail();
	};

	// Skips an expression up to the next `,` `}` `]` `)` at its own level, through strings and brackets.
	const skipExpr = (): typeof SKIP => {
		let level = 0;
		while (i < end) {
			const c = src[i] as string;
			if (c === '"' || c === "'" || c === '`') {
				if (c === '`') {
					const close = src.indexOf('`', i + 1);
					if (close < 0) fail();
					i = close + 1;
				} else str();
				continue;
			}
			if (c === '/' && (src[i + 1] === '/' || src[i + 1] === '*')) {
				ws();
				continue;
			}
			if (c === '{' || c === '[' || c === '(') level++;
			else if (c === '}' || c === ']' || c === ')') {
				if (level === 0) return SKIP;
				level--;
			} else if ((c === ',' || c === ';') && level === 0) return SKIP;
			i++;
		}
		return fail();
	};

	const value = (depth: number): unknown => {
		ws();
		const c = src[i];
		if (c === undefined || i >= end) return fail();
		if (depth > MAX_DEPTH) return skipExpr();
		let v: unknown;
		if (c === '{') v = obj(depth + 1);
		else if (c === '[') v = arr(depth + 1);
		else if (c === '"' || c === "'") v = str();
		else {
			const m = /^-?(?:0x[0-9a-fA-F]+|\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+)|^(?:true|false|null|undefined)\b/.exec(
				src.slice(i, i + 40),
			);
			if (!m) return skipExpr();
			i += m[0].length;
			const w = m[0];
			v = w === 'true' ? true : w === 'false' ? false : w === 'null' ? null : w === 'undefined' ? SKIP : Number(w);
		}
		// Anything but a separator after the value means it was part of an expression (`'a' + b`, `1 ? x : y`).
		ws();
		const n = src[i];
		if (n !== ',' && n !== '}' && n !== ']' && n !== ')' && n !== ';' && n !== undefined) return skipExpr();
		return v;
	};

	const obj = (depth: number): Record<string, unknown> => {
		const out: Record<string, unknown> = Object.create(null);
		i++;
		for (;;) {
			ws();
			if (src[i] === '}') {
				i++;
				return out;
			}
			let key: string;
			const c = src[i] ?? fail();
			if (c === '"' || c === "'") key = str();
			else if (isIdStart(c) || /\d/.test(c)) {
				const k = i;
				while (i < end && isId(src[i] as string)) i++;
				key = src.slice(k, i);
			} else return fail();
			ws();
			if (src[i] !== ':') fail();
			i++;
			const v = value(depth);
			if (v !== SKIP && key !== '__proto__') out[key] = v;
			ws();
			if (src[i] === ',') i++;
			else if (src[i] !== '}') fail();
		}
	};

	const arr = (depth: number): unknown[] => {
		const out: unknown[] = [];
		i++;
		for (;;) {
			ws();
			if (src[i] === ']') {
				i++;
				return out;
			}
			const v = value(depth);
			out.push(v === SKIP ? undefined : v);
			ws();
			if (src[i] === ',') i++;
			else if (src[i] !== ']') fail();
		}
	};

	try {
		ws();
		const c = src[i];
		if (c !== '{' && c !== '[' && c !== '"' && c !== "'") return { ok: false, value: null, end: i };
		const v = value(0);
		return { ok: v !== SKIP, value: v, end: i };
	} catch (e) {
		if (e instanceof Bail) return { ok: false, value: null, end: i };
		throw e;
	}
}

/**
 * Finds `name = <literal>` or `name(<literal>` in JS source, only where `name` is code (not inside a string or
 * comment, so decoy copies in strings are ignored), and returns the first object or array literal that parses
 * completely (a string argument such as `context("x")` does not end the search).
 */
export function findLiteralInScript(src: string, name: string): object | null {
	if (!src.includes(name)) return null; // cheap path: most scripts do not mention it
	let i = 0;
	const n = Math.min(src.length, MAX_SCAN);
	while (i < n) {
		const c = src[i] as string;
		if (c === '"' || c === "'" || c === '`') {
			const close = skipString(src, i);
			if (close < 0) return null;
			i = close;
		} else if (c === '/' && src[i + 1] === '/') {
			const nl = src.indexOf('\n', i);
			i = nl < 0 ? n : nl;
		} else if (c === '/' && src[i + 1] === '*') {
			const close = src.indexOf('*/', i + 2);
			i = close < 0 ? n : close + 2;
		} else if (
			c === name[0] &&
			src.startsWith(name, i) &&
			!isId(src[i - 1] ?? ' ') &&
			!isId(src[i + name.length] ?? ' ')
		) {
			let j = i + name.length;
			while (j < n && /\s/.test(src[j] as string)) j++;
			let next = i + name.length;
			if ((src[j] === '=' && src[j + 1] !== '=') || src[j] === '(') {
				const r = readLiteral(src, j + 1);
				if (r.ok && typeof r.value === 'object' && r.value !== null) return r.value;
				// Candidates nested in what this attempt scanned belong to it: skipping them keeps the whole search
				// linear (`x=[x=[x=[…` would otherwise rescan the rest of the script once per candidate).
				next = Math.max(next, r.end);
			}
			i = next;
		} else i++;
	}
	return null;
}

/** Index just past the string that starts at `start`, or -1 when it never closes on its line. */
function skipString(src: string, start: number): number {
	const q = src[start];
	for (let i = start + 1; i < src.length; i++) {
		const c = src[i];
		if (c === '\\') i++;
		else if (c === q) return i + 1;
		else if ((c === '\n' || c === '\r') && q !== '`') return start + 1; // unterminated: resume scanning after the quote
	}
	return -1;
}

function literalIn(scripts: ArrayLike<Element>, names: string[]): object | null {
	for (let s = 0; s < scripts.length && s < MAX_SCRIPTS; s++) {
		const el = scripts[s];
		if (el?.tagName !== 'SCRIPT' || el.hasAttribute('src')) continue;
		const type = el.getAttribute('type');
		if (type && !/javascript|^module$/i.test(type)) continue; // ld+json, templates
		const text = el.textContent ?? '';
		for (const name of names) {
			const v = findLiteralInScript(text, name);
			if (v !== null) return v;
		}
	}
	return null;
}

/**
 * First complete literal assigned to (or called with) one of `names` in the page's inline scripts. Data scripts
 * sit in <head> or directly in <body>, so those are tried before every script of a large page.
 */
export function scriptLiteral(doc: Document, ...names: string[]): unknown {
	return (
		literalIn(doc.head?.children ?? [], names) ??
		literalIn(doc.body?.children ?? [], names) ??
		literalIn(doc.getElementsByTagName('script'), names)
	);
}

/** Reads a dotted path (`a.b.0.c`) from parsed data; undefined when any step is missing. */
export function at(data: unknown, path: string): unknown {
	let cur = data;
	for (const key of path.split('.')) {
		if (cur === null || typeof cur !== 'object') return undefined;
		cur = (cur as Record<string, unknown>)[key];
	}
	return cur;
}

/** A scalar from parsed data as a trimmed string; numbers become their decimal text. */
export function scalar(v: unknown): string | null {
	if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
	if (typeof v !== 'string') return null;
	const t = v.trim();
	return t === '' ? null : t;
}
