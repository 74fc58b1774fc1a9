import type { Quote, RankedRow, RankingStrategy, Reason, Reliability, ReliabilityFactor } from './estimate-model';
import { CARRIER_IDS, type CarrierId } from './ids';

const CARRIER_ORDER = Object.fromEntries(CARRIER_IDS.map((id, index) => [id, index])) as Record<CarrierId, number>;

interface Entry {
	quote: Quote;
	reliability: Reliability;
	/** Higher is better; the strategy's sort key. */
	value: number;
}

/** The two strongest positive factors besides the tier base, the ones worth saying ("door delivery, few complaints"). */
function strongestFactors(reliability: Reliability): ReliabilityFactor[] {
	return reliability.factors
		.filter((factor) => factor.points > 0 && factor.code !== 'spb_tier' && factor.code !== 'tier_unknown')
		.sort((a, b) => b.points - a.points)
		.slice(0, 2);
}

function mostReliableReason(reliability: Reliability, runnerUp: Entry | undefined): Reason {
	const [factor1, factor2] = strongestFactors(reliability).map((factor) => factor.code);
	return {
		code: 'most_reliable',
		params: {
			score: reliability.score,
			...(runnerUp ? { points: reliability.score - runnerUp.reliability.score } : {}),
			...(factor1 ? { factor1 } : {}),
			...(factor2 ? { factor2 } : {}),
		},
	};
}

/**
 * Orders quotes by a strategy. cheapest: cost; most_reliable: score; best_value: blend of normalised cost
 * (cheapest 1, dearest 0) and normalised score, `costWeightPercent` (0–100) to cost. Ties keep carrier order.
 */
export function rankRows(
	quotes: Quote[],
	reliabilities: Reliability[],
	strategy: RankingStrategy,
	costWeightPercent: number,
): RankedRow[] {
	const byCarrier = new Map<CarrierId, Reliability>(
		reliabilities.map((reliability) => [reliability.carrier, reliability]),
	);
	const paired = quotes.flatMap((quote) => {
		const reliability = byCarrier.get(quote.carrier);
		return reliability ? [{ quote, reliability }] : [];
	});
	if (paired.length === 0) return [];

	const costs = paired.map((entry) => entry.quote.costFen);
	const scores = paired.map((entry) => entry.reliability.score);
	const [minCost, maxCost] = [Math.min(...costs), Math.max(...costs)];
	const [minScore, maxScore] = [Math.min(...scores), Math.max(...scores)];
	const costWeight = Number.isFinite(costWeightPercent) ? Math.min(100, Math.max(0, costWeightPercent)) / 100 : 0.5;

	const entries: Entry[] = paired.map(({ quote, reliability }) => {
		let value: number;
		if (strategy === 'cheapest') value = -quote.costFen;
		else if (strategy === 'most_reliable') value = reliability.score;
		else {
			const cheapness = maxCost === minCost ? 1 : (maxCost - quote.costFen) / (maxCost - minCost);
			const reliable = maxScore === minScore ? 1 : (reliability.score - minScore) / (maxScore - minScore);
			// Rounded so float noise cannot break a tie that carrier order should decide.
			value = Math.round((costWeight * cheapness + (1 - costWeight) * reliable) * 1e9);
		}
		return { quote, reliability, value };
	});
	entries.sort((a, b) => b.value - a.value || CARRIER_ORDER[a.quote.carrier] - CARRIER_ORDER[b.quote.carrier]);

	const first = entries[0] as Entry;
	const runnerUp = entries[1];
	return entries.map((entry, index) => ({
		rank: index + 1,
		quote: entry.quote,
		reliability: entry.reliability,
		reason: reasonFor(entry, index, first, runnerUp, strategy, costWeight),
	}));
}

function reasonFor(
	entry: Entry,
	index: number,
	first: Entry,
	runnerUp: Entry | undefined,
	strategy: RankingStrategy,
	costWeight: number,
): Reason | null {
	if (index === 0 && runnerUp === undefined) return { code: 'only_carrier' };
	if (strategy === 'cheapest') {
		if (index === 0) {
			const difference = (runnerUp as Entry).quote.costFen - entry.quote.costFen;
			return difference === 0 ? { code: 'tied_cheapest' } : { code: 'cheapest_by', params: { fen: difference } };
		}
		const more = entry.quote.costFen - first.quote.costFen;
		return more > 0 ? { code: 'dearer_than_first_by', params: { fen: more } } : null;
	}
	if (strategy === 'most_reliable') {
		if (index === 0) return mostReliableReason(entry.reliability, runnerUp);
		const less = first.reliability.score - entry.reliability.score;
		return less > 0 ? { code: 'less_reliable_by', params: { points: less } } : null;
	}
	if (index === 0) {
		return {
			code: 'best_value',
			params: {
				fen: entry.quote.costFen,
				score: entry.reliability.score,
				costWeightPercent: Math.round(costWeight * 100),
			},
		};
	}
	return null;
}
