import { outletById, type Outlet } from '../outlets.js';
import type { DemoArticle, OutletId } from '../types.js';
import { dailyMeridianArticle } from './layouts/daily-meridian.js';
import { globalDispatchArticle } from './layouts/global-dispatch.js';
import { koreaFrontlineArticle } from './layouts/korea-frontline.js';
import { northwireArticle } from './layouts/northwire.js';

type Layout = (outlet: Outlet, article: DemoArticle, baseUrl: string) => string;

/** Each outlet has its own markup, so extraction is tested on four page shapes. */
const LAYOUTS: Record<OutletId, Layout> = {
  northwire: northwireArticle,
  'korea-frontline': koreaFrontlineArticle,
  'global-dispatch': globalDispatchArticle,
  'daily-meridian': dailyMeridianArticle,
};

/** The full article page; `baseUrl` makes canonical and og:url absolute. */
export function renderArticlePage(article: DemoArticle, baseUrl: string): string {
  return LAYOUTS[article.outletId](outletById(article.outletId), article, baseUrl);
}
