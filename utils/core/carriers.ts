import { CARRIER_NAMES } from './carrier-names';
import { derived, estimate, figure, sourced } from './figures';
import type { CarrierId, LastMile, LocalizedName } from './ids';
import type { Figure, LocalizedText } from './provenance';

type NetworkModel = 'direct' | 'franchise';

export interface Carrier {
	id: CarrierId;
	name: LocalizedName;
	network: Figure<NetworkModel>;
	lastMile: Figure<LastMile>;
	/** cm³ per kg for volumetric weight (L×W×H / divisor). */
	volumetricDivisor: Figure<number>;
}

const FRANCHISE_STATIONS: LocalizedText = {
	zh: '加盟网点常投放驿站或快递柜。2024年3月1日起，未经收件人同意不得投放驿站或快递柜（S43）。',
	en: 'Franchise outlets often deliver to stations or lockers. Since 2024-03-01 that needs the recipient’s consent (S43).',
	vi: 'Điểm nhượng quyền thường giao vào trạm hoặc tủ. Từ 1/3/2024 việc này cần người nhận đồng ý (S43).',
};
const TONGDA_FRANCHISE: LocalizedText = {
	zh: '通达系加盟网络。',
	en: 'Tongda franchise network.',
	vi: 'Mạng lưới nhượng quyền nhóm Thông Đạt.',
};
const NO_DIVISOR_FOUND: LocalizedText = {
	zh: '来源中未找到抛比（data.md §6）；8000是电商小件常见的抛比。',
	en: 'No divisor found in the sources (data.md §6); 8000 is the common e-commerce parcel divisor.',
	vi: 'Không tìm thấy hệ số thể tích trong nguồn (data.md §6); 8000 là hệ số phổ biến cho bưu kiện TMĐT.',
};
const ANONYMOUS_AGGREGATOR = (remark: string): LocalizedText => ({
	zh: `只见于一段匿名的寄件聚合平台代码（${remark}，S38），仓库未记录：按估算处理。`,
	en: `Seen only in anonymous aggregator code (${remark}, S38) whose repository was not recorded: treated as an estimate.`,
	vi: `Chỉ thấy trong mã nguồn ẩn danh của nền tảng gửi hàng (${remark}, S38), không rõ kho mã: xem là ước tính.`,
});

export const CARRIERS: Readonly<Record<CarrierId, Carrier>> = {
	jd: {
		id: 'jd',
		name: CARRIER_NAMES.jd,
		network: figure(
			'direct',
			sourced(['S46'], '2022-03', {
				zh: '直营网络，自有快递员。',
				en: 'Direct-operated network with own couriers.',
				vi: 'Mạng lưới trực doanh với nhân viên giao hàng riêng.',
			}),
		),
		lastMile: figure(
			'door',
			estimate('2026-01', {
				zh: '自有快递员送货上门是京东的常规做法（常识，未见来源）。',
				en: 'Door delivery by own couriers is the JD norm (general knowledge, no source).',
				vi: 'Giao tận cửa bởi nhân viên riêng là chuẩn của JD (hiểu biết chung, không có nguồn).',
			}),
		),
		volumetricDivisor: figure(
			8000,
			estimate('2026-01', {
				zh: '京东标准件常被引用的抛比，来源中未找到。',
				en: 'Commonly quoted JD standard-parcel divisor; not in the sources.',
				vi: 'Hệ số thường được nhắc cho kiện tiêu chuẩn JD; không có trong nguồn.',
			}),
		),
	},
	sf: {
		id: 'sf',
		name: CARRIER_NAMES.sf,
		network: figure(
			'direct',
			sourced(['S34'], '2019', {
				zh: '直营的高端网络。',
				en: 'Direct-operated premium network.',
				vi: 'Mạng lưới trực doanh cao cấp.',
			}),
		),
		lastMile: figure(
			'door',
			estimate('2026-01', {
				zh: '送货上门是顺丰的标准服务（常识，未见来源）。',
				en: 'Door delivery is SF’s standard (general knowledge, no source).',
				vi: 'Giao tận cửa là chuẩn của SF (hiểu biết chung, không có nguồn).',
			}),
		),
		volumetricDivisor: figure(
			6000,
			sourced(['S34'], '2019', {
				zh: '跨经济区适用；同城或省内为12000（可在合同里设置）。',
				en: 'Across economic regions; same city or province uses 12000 (set it in a contract).',
				vi: 'Áp dụng giữa các vùng kinh tế; cùng thành phố/tỉnh dùng 12000 (đặt trong hợp đồng).',
			}),
		),
	},
	zto: {
		id: 'zto',
		name: CARRIER_NAMES.zto,
		network: figure('franchise', sourced(['S12'], '2025-03', TONGDA_FRANCHISE)),
		lastMile: figure('station', estimate('2026-01', FRANCHISE_STATIONS, ['S43'])),
		volumetricDivisor: figure(8000, estimate('2026-01', NO_DIVISOR_FOUND)),
	},
	yto: {
		id: 'yto',
		name: CARRIER_NAMES.yto,
		network: figure('franchise', sourced(['S21'], '2024-08', TONGDA_FRANCHISE)),
		lastMile: figure('station', estimate('2026-01', FRANCHISE_STATIONS, ['S43'])),
		volumetricDivisor: figure(6000, estimate('2022', ANONYMOUS_AGGREGATOR('圆通/6000'), ['S38'])),
	},
	sto: {
		id: 'sto',
		name: CARRIER_NAMES.sto,
		network: figure('franchise', sourced(['S14'], '2023-09', TONGDA_FRANCHISE)),
		lastMile: figure('station', estimate('2026-01', FRANCHISE_STATIONS, ['S43'])),
		volumetricDivisor: figure(8000, estimate('2026-01', NO_DIVISOR_FOUND)),
	},
	yunda: {
		id: 'yunda',
		name: CARRIER_NAMES.yunda,
		network: figure(
			'franchise',
			sourced(['S22'], '2025-05', {
				zh: '通达系加盟网络；派费按总额入账。',
				en: 'Tongda franchise network; books dispatch fees gross.',
				vi: 'Mạng lưới nhượng quyền nhóm Thông Đạt; ghi nhận phí phát theo tổng.',
			}),
		),
		lastMile: figure('station', estimate('2026-01', FRANCHISE_STATIONS, ['S43'])),
		volumetricDivisor: figure(8000, estimate('2022', ANONYMOUS_AGGREGATOR('韵达8000'), ['S38'])),
	},
	jt: {
		id: 'jt',
		name: CARRIER_NAMES.jt,
		network: figure(
			'franchise',
			sourced(['S44'], '2021-10', {
				zh: '代理网络；已并入百世国内快递。',
				en: 'Agent network; absorbed Best Express China.',
				vi: 'Mạng lưới đại lý; đã tiếp nhận Best Express Trung Quốc.',
			}),
		),
		lastMile: figure('station', estimate('2026-01', FRANCHISE_STATIONS, ['S43'])),
		volumetricDivisor: figure(8000, estimate('2026-01', NO_DIVISOR_FOUND)),
	},
	ems: {
		id: 'ems',
		name: CARRIER_NAMES.ems,
		network: figure(
			'direct',
			derived(['S30'], '2021-08', {
				zh: '国有网络，国家邮政局把它作为一个品牌调查。',
				en: 'State-owned network, surveyed as one brand by the SPB.',
				vi: 'Mạng lưới nhà nước, được Cục Bưu chính khảo sát như một thương hiệu.',
			}),
		),
		lastMile: figure(
			'mixed',
			estimate('2026-01', {
				zh: '普遍服务网络：城镇送货上门，农村多在邮局或驿站自取。',
				en: 'Universal-service network: door delivery in towns, post offices or stations in rural areas.',
				vi: 'Mạng lưới phổ cập: giao tận cửa ở đô thị, nhận tại bưu cục hoặc trạm ở nông thôn.',
			}),
		),
		volumetricDivisor: figure(
			6000,
			estimate('2026-01', {
				zh: '来源中未找到；按邮政包裹常用的6000。',
				en: 'Not found in the sources; 6000 as for postal parcels.',
				vi: 'Không có trong nguồn; dùng 6000 như bưu kiện bưu chính.',
			}),
		),
	},
	deppon: {
		id: 'deppon',
		name: CARRIER_NAMES.deppon,
		network: figure(
			'direct',
			sourced(['S46'], '2022-03', {
				zh: '直营；京东物流旗下。',
				en: 'Direct-operated; a JD Logistics subsidiary.',
				vi: 'Trực doanh; công ty con của JD Logistics.',
			}),
		),
		lastMile: figure(
			'door',
			estimate(
				'2026-01',
				{
					zh: '大件专家，送货上门（常识）。',
					en: 'Bulky-goods specialist delivering to the door (general knowledge).',
					vi: 'Chuyên hàng cồng kềnh, giao tận cửa (hiểu biết chung).',
				},
				['S46'],
			),
		),
		volumetricDivisor: figure(8000, estimate('2022', ANONYMOUS_AGGREGATOR('抛比8000'), ['S38'])),
	},
	cainiao: {
		id: 'cainiao',
		name: CARRIER_NAMES.cainiao,
		network: figure(
			'direct',
			estimate(
				'2023-06',
				{
					zh: '阿里的平台快递，建立在天猫超市的配送体系之上。',
					en: 'Alibaba’s platform express, built on Tmall Supermarket’s delivery operations.',
					vi: 'Dịch vụ chuyển phát của nền tảng Alibaba, xây trên hệ thống giao hàng của Tmall Supermarket.',
				},
				['S45'],
			),
		),
		lastMile: figure(
			'mixed',
			derived(['S45'], '2023-06', {
				zh: '上线时承诺300个城市送货上门；其他地方多为菜鸟驿站。',
				en: 'Door-to-door promised in 300 cities at launch; Cainiao stations elsewhere.',
				vi: 'Khi ra mắt hứa giao tận cửa ở 300 thành phố; nơi khác là trạm Cainiao.',
			}),
		),
		volumetricDivisor: figure(8000, estimate('2026-01', NO_DIVISOR_FOUND)),
	},
};
