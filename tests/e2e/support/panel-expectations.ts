import type { FixturePage } from './fixtures';
import type { PanelSnapshot, QuoteRow } from './panel';

/** Every panel on an item or shop page has one row per carrier of the core. */
export const REQUIRED_CARRIERS = ['jd', 'sf', 'zto', 'yto', 'sto', 'yunda', 'jt', 'ems', 'deppon'] as const;

/** Payment methods each platform offers at the least (core ids). */
const PAYMENTS_BY_PLATFORM: Record<string, string[]> = {
	taobao: ['alipay'],
	tmall: ['alipay'],
	'1688': ['alipay'],
	jd: ['jd_pay', 'wechat_pay'],
	pdd: ['wechat_pay'],
};

const isWholeNumber = (value: string | null) => value !== null && /^\d+$/.test(value);
const compact = (text: string | null | undefined) => String(text ?? '').replace(/\s+/g, '');

function quoteRowProblems(q: QuoteRow): string[] {
	const problems: string[] = [];
	const where = `quote ${q.carrier}`;
	if (!isWholeNumber(q.costFen) || Number(q.costFen) <= 0)
		problems.push(`${where}: cost-fen ${q.costFen} is not an integer > 0`);
	if (!isWholeNumber(q.listFen) || Number(q.listFen) <= 0)
		problems.push(`${where}: list-fen ${q.listFen} is not an integer > 0`);
	if (!isWholeNumber(q.reliability) || Number(q.reliability) > 100)
		problems.push(`${where}: reliability ${q.reliability} not in 0..100`);
	if (!['contract', 'default'].includes(q.source ?? '')) problems.push(`${where}: source ${q.source}`);
	if (!['door', 'station', 'mixed'].includes(q.lastMile ?? '')) problems.push(`${where}: last-mile ${q.lastMile}`);
	return problems;
}

/** A shown shop name matches when equal after whitespace is removed, or a clear truncation of it ("…" / "..."). */
function sameShopName(shown: string | undefined, expected: string): boolean {
	const s = compact(shown);
	const x = compact(expected);
	const cut = s.replace(/(…|\.\.\.)$/, '');
	return s === x || (cut !== s && cut.length >= 6 && x.startsWith(cut));
}

/**
 * Everything wrong with a panel on a fixture page, as readable lines; an empty list means the panel is right.
 * Blocked pages must say so and show no numbers; other pages need the right platform and page type, a settled
 * state, a well-formed row per carrier ranked 1..n, the platform's payment methods and the facts as read.
 */
export function panelProblems(page: FixturePage, s: PanelSnapshot): string[] {
	const want = page.expected;
	if (!s.panel) return [`no [data-cl="panel"] (host element ${s.hostPresent ? 'present' : 'absent'})`];
	const problems: string[] = [];
	if (want.pageType === 'blocked') {
		if (s.panel.pageType !== 'blocked') problems.push(`page type ${s.panel.pageType}, expected blocked`);
		if (s.quotes.length > 0) problems.push(`${s.quotes.length} quote rows on a blocked page`);
		return problems;
	}
	if (s.panel.platform !== want.platform) problems.push(`platform ${s.panel.platform}, expected ${want.platform}`);
	if (s.panel.pageType !== want.pageType) problems.push(`page type ${s.panel.pageType}, expected ${want.pageType}`);
	if (s.panel.state !== 'ready' && s.panel.state !== 'partial')
		problems.push(`state ${s.panel.state}, expected ready or partial`);

	for (const carrier of REQUIRED_CARRIERS) {
		const rows = s.quotes.filter((q) => q.carrier === carrier).length;
		if (rows !== 1) problems.push(`${rows} rows for carrier ${carrier}, expected 1`);
	}
	problems.push(...s.quotes.flatMap(quoteRowProblems));
	const ranks = s.quotes.map((q) => Number(q.rank)).sort((a, b) => a - b);
	if (!ranks.every((r, i) => r === i + 1)) problems.push(`ranks ${ranks.join(',')} are not 1..${ranks.length}`);

	const methods = s.payments.map((p) => p.method ?? '');
	for (const method of PAYMENTS_BY_PLATFORM[want.platform] ?? []) {
		if (!methods.includes(method))
			problems.push(`payment method ${method} missing (shown: ${methods.join(',') || 'none'})`);
	}
	for (const p of s.payments) if (!isWholeNumber(p.feeBp)) problems.push(`payment ${p.method}: fee-bp ${p.feeBp}`);

	if (want.shopName && !sameShopName(s.facts.shopName, want.shopName)) {
		problems.push(`shop name shown ${JSON.stringify(s.facts.shopName)}, expected ${JSON.stringify(want.shopName)}`);
	}
	if (want.price) {
		const digits = String(s.facts.price ?? '').replace(/[^\d.]/g, '');
		if (!digits.includes(want.price.replace(/\.0+$/, '')))
			problems.push(`price shown ${JSON.stringify(s.facts.price)}, expected ${want.price}`);
	}
	if (want.shipFrom && !compact(s.facts.shipFrom).includes(compact(want.shipFrom).slice(0, 2))) {
		problems.push(`ship-from shown ${JSON.stringify(s.facts.shipFrom)}, expected ${want.shipFrom}`);
	}
	return problems;
}
