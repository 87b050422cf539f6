/**
 * Browser rendering for pages whose article is built by JavaScript. The HTTP
 * fetch path stays the default; `looksScriptBuilt` is the gate for `render: auto`.
 */
export {
  BrowserRenderer,
  BROWSER_CLOSE_TIMEOUT_MS,
  DEFAULT_JS_HEAP_LIMIT_MB,
  DEFAULT_MAX_PAGES_IN_FLIGHT,
  DEFAULT_PAGE_DEADLINE_MS,
  type BrowserRendererOptions,
} from './renderer.js';
export { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH, INSTALL_ADVICE, chromiumAvailable } from './chromium.js';
export { looksScriptBuilt } from './script-built.js';
export { REFUSAL_HEADER, type ProxyRefusal } from './filtering-proxy.js';
