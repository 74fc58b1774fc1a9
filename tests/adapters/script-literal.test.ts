import { describe, expect, test } from 'vitest';
import { at, findLiteralInScript, parseLiteral, scalar } from '../../utils/adapters/script-literal';

const value = (src: string) => parseLiteral(src)?.value;

describe('parseLiteral', () => {
	test('JSON', () => {
		expect(value('{"a":[1,2.5,-3e2,true,false,null],"b":{"c":"d"}}')).toEqual({
			a: [1, 2.5, -300, true, false, null],
			b: { c: 'd' },
		});
	});
	test('JS literal syntax: single quotes, unquoted keys, \\u and \\x escapes, trailing commas, comments', () => {
		const src = `{ itemId: '447', shopName: '\\u82AD\\u6155\\u5A1C', 'q': "it\\'s", x: '\\x41', n: 0x1F, /* c */ list: [1, 2,], // end
			u: '\\u{1F600}', }`;
		expect(value(src)).toEqual({ itemId: '447', shopName: '芭慕娜', q: "it's", x: 'A', n: 31, list: [1, 2], u: '😀' });
	});
	test('expressions are skipped as unknown, not guessed', () => {
		const src = `{ startTime: +new Date, a: 1, descUrl: location.protocol === 'http:' ? '//a' : '//b', b: !true,
			c: 'x' + y, d: fn({ z: 1 }, [2]), e: undefined, f: 2 }`;
		expect(value(src)).toEqual({ a: 1, f: 2 });
		// A missing comma reads as one expression: both values become unknown rather than guessed.
		expect(value('{ a: 1 b: 2, c: 3 }')).toEqual({ c: 3 });
	});
	test('truncated or malformed literals yield null as a whole', () => {
		for (const src of [
			"{ a: 1, b: '\\u5A1",
			"{ a: 1, b: 'x",
			'{ a: 1, b: ',
			'{ a: [1, 2 }',
			"{ s: 'line\nbreak' }",
			'{ a: `tpl',
			'',
			'nope',
		]) {
			expect(parseLiteral(src), JSON.stringify(src)).toBeNull();
		}
	});
	test('__proto__ keys are dropped', () => {
		const v = value('{"__proto__": {"polluted": 1}, "a": 1}') as Record<string, unknown>;
		expect(v.a).toBe(1);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.keys(v)).toEqual(['a']);
	});
	test('deep nesting (10 000 levels) neither throws nor recurses unboundedly; the deep part is unknown', () => {
		const deep = `${'{a:'.repeat(10_000)}1${'}'.repeat(10_000)}`;
		const r = parseLiteral(`{ ok: 'yes', deep: ${deep}, after: 2 }`);
		expect(at(r?.value, 'ok')).toBe('yes');
		expect(at(r?.value, 'after')).toBe(2);
		const arrays = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
		expect(() => parseLiteral(arrays)).not.toThrow();
	});
	test('end index points after the literal', () => {
		expect(parseLiteral('x = {a: 1};', 3)?.end).toBe(10);
	});
});

describe('findLiteralInScript', () => {
	test('finds assignments and calls, ignores copies inside strings and comments', () => {
		const src = `var __tpl = "var g_config = { itemId: '888' }";
			// g_config = { itemId: '777' };
			/* g_config = { itemId: '666' } */
			var g_config = { itemId: '447' };`;
		expect(findLiteralInScript(src, 'g_config')).toEqual({ itemId: '447' });
		expect(findLiteralInScript("TShop.Setup({ rstShopId: 573, itemDO: { itemId: '449' } });", 'TShop.Setup')).toEqual({
			rstShopId: 573,
			itemDO: { itemId: '449' },
		});
		expect(findLiteralInScript('window.__ICE_APP_CONTEXT__={"a":1};', '__ICE_APP_CONTEXT__')).toEqual({ a: 1 });
	});
	test('needs a word boundary and a real assignment', () => {
		expect(findLiteralInScript('var my_g_config = {a:1}; if (g_config == {a:2}) {}', 'g_config')).toBeNull();
		expect(
			findLiteralInScript('window.shop_config.isvStat = {a: 1}; window.shop_config = {b: 2};', 'shop_config'),
		).toEqual({ b: 2 });
	});
	test('a broken first assignment does not hide a later good one; a lone broken one gives null', () => {
		expect(findLiteralInScript("var g_config = { a: '\\u5A1\n var g_config = { b: 1 };", 'g_config')).toEqual({ b: 1 });
		expect(findLiteralInScript("var g_config = { a: '\\u5A1\n", 'g_config')).toBeNull();
	});
	test('a string argument is not the data and does not end the search', () => {
		expect(findLiteralInScript('context("init"); window.context = { a: 1 };', 'context')).toEqual({ a: 1 });
	});
	test('nested broken candidates (`x=[x=[x=[…`) are scanned once, not once each', () => {
		const src = 'x=['.repeat(200_000);
		const t = performance.now();
		expect(findLiteralInScript(src, 'x')).toBeNull();
		expect(performance.now() - t).toBeLessThan(1000);
	});
});

describe('at / scalar', () => {
	test('paths and scalars', () => {
		expect(at({ a: [{ b: 'x' }] }, 'a.0.b')).toBe('x');
		expect(at(null, 'a')).toBeUndefined();
		expect(scalar(12)).toBe('12');
		expect(scalar(' t ')).toBe('t');
		expect(scalar('')).toBeNull();
		expect(scalar(Number.NaN)).toBeNull();
		expect(scalar({})).toBeNull();
	});
});
