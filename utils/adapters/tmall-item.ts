import { aliItemAdapter } from './ali-item';

/** Tmall item pages: legacy TShop.Setup + #J_DetailMeta, the shared React app, and the 2025 SSR panel. */
export const tmallItem = aliItemAdapter({ id: 'tmall-item', platform: 'tmall', hostname: 'detail.tmall.com' });
