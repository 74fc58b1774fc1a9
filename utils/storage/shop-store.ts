import type { PageFacts } from '../core/page-facts';
import type { CourierLensDatabase } from './database';

/** Records (or refreshes) a visited shop; `firstSeen` is kept from the first visit. */
export function recordShopVisit(db: CourierLensDatabase, facts: PageFacts, seenAt: string): Promise<void> {
	const shopId = facts.shopId;
	if (!shopId) return Promise.resolve();
	const key = `${facts.platform}:${shopId}`;
	return db.transaction('rw', db.shops, async () => {
		const previous = await db.shops.get(key);
		await db.shops.put({
			key,
			platform: facts.platform,
			shopId,
			shopName: facts.shopName ?? previous?.shopName ?? null,
			shipFrom: facts.shipFrom ?? previous?.shipFrom ?? null,
			shippingFee: facts.shippingFee ?? previous?.shippingFee ?? null,
			paymentBadges: facts.paymentBadges.length ? facts.paymentBadges : (previous?.paymentBadges ?? []),
			firstSeen: previous?.firstSeen ?? seenAt,
			lastSeen: seenAt,
		});
	});
}
