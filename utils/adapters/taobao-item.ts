import { aliItemAdapter } from './ali-item';

/** Taobao item pages: legacy g_config/#J_ ids, React 2022-24 hashed classes, ICE 2024-25 inline context. */
export const taobaoItem = aliItemAdapter({ id: 'taobao-item', platform: 'taobao', hostname: 'item.taobao.com' });
