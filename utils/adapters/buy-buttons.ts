/**
 * The page's own purchase controls (立即购买 / 加入购物车), which the panel must never cover. Only
 * selectors seen in the fixtures' real markup; on layouts without a match the panel keeps its place.
 */
const BUY_BUTTONS = [
	'#J_LinkBuy', // Taobao/Tmall legacy: 立即购买
	'#J_LinkBasket', // Taobao/Tmall legacy: 加入购物车
	'#InitCartUrl', // JD classic: 加入购物车
].join(', ');

/** Screen rectangles of the purchase controls that are laid out (hidden ones have no size). */
export function buyButtonRects(doc: Document): DOMRect[] {
	return [...doc.querySelectorAll(BUY_BUTTONS)]
		.map((button) => button.getBoundingClientRect())
		.filter((rect) => rect.width > 0 && rect.height > 0);
}
