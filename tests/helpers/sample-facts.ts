import type { PageFacts } from '../../utils/core/page-facts';

/** A Taobao item page as an adapter reads it: Zhejiang ship-from, free shipping, no weight shown. */
export const FACTS: PageFacts = {
	platform: 'taobao',
	pageType: 'item',
	url: 'https://item.taobao.com/item.htm?id=1',
	itemId: '1',
	title: '杯子',
	price: { text: '29.90', fen: 2990 },
	listPrice: null,
	shopName: '小店',
	shopId: '42',
	sellerId: null,
	shipFrom: { raw: '浙江金华', province: '33' },
	shippingFee: { raw: '快递: 免运费', fen: 0 },
	deliveryPromise: null,
	carrier: null,
	weight: null,
	paymentBadges: [{ raw: '花呗', id: 'huabei' }],
	missing: ['listPrice', 'sellerId', 'deliveryPromise', 'carrier', 'weight'],
};
