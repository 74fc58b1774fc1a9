/** Delivery zones of the default rate cards (scheme cn-parcel-zones-v1 in shared/reference/data.md §3.2). */
export const ZONES = ['same_province', 'near', 'national', 'remote_1', 'remote_2'] as const;
/**
 * same_province: destination = origin; near: neighbouring province or same economic cluster
 * (京津冀, 江浙沪皖, 川渝, 黑吉辽); national: any other non-remote province; remote_1: 内蒙古, 海南,
 * 甘肃, 青海, 宁夏; remote_2 (dearest): 新疆, 西藏.
 */
export type Zone = (typeof ZONES)[number];
