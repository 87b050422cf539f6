/**
 * Launching Chromium: where the binary is, which switches it needs, and how to
 * find the process it became. All page traffic is forced through the renderer's
 * filtering proxy, loopback included.
 */
import { randomUUID } from 'node:crypto';
import { accessSync, constants, statSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { PermanentError } from '../../pipeline/errors.js';
import { findChildByMarker } from './processes.js';

/** Debian's package puts the launcher here. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';
/** Starting the browser must finish within this (a loaded machine can take seconds). */
export const LAUNCH_TIMEOUT_MS = 30_000;

/**
 * Switches every launch gets. Background networking, component updates and sync
 * make Chromium call Google services on its own; the proxy would refuse them
 * anyway, but they cost time and fill the refusal log. QUIC is UDP and would not
 * go through an HTTP proxy, nor would WebRTC's UDP (below). `--no-zygote`: helper processes become direct
 * children of the browser, which reaps them; a zygote outlives the browser for a
 * moment and is left to init, which in some containers never reaps it.
 */
export const CHROMIUM_ARGS: readonly string[] = Object.freeze([
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--disable-quic',
  // WebRTC sends UDP (STUN, TURN, media) straight from the renderer, around the
  // proxy, and resolves ICE server names with the system resolver. With this
  // policy it uses no UDP that is not proxied (an HTTP proxy carries none) and
  // reaches TURN servers only over TCP through the proxy, which checks them.
  '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
  '--webrtc-ip-handling-policy=disable_non_proxied_udp',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]);

/** Advice every BROWSER_UNAVAILABLE error carries. */
export const INSTALL_ADVICE = 'install Chromium (Debian/Ubuntu: `apt-get install chromium`) or set WIREWATCH_CHROMIUM_PATH to a Chromium binary';

/** True when `path` is an executable file. */
export function chromiumAvailable(path: string = DEFAULT_CHROMIUM_PATH): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Throws PermanentError BROWSER_UNAVAILABLE when the binary is missing. */
export function assertChromiumAvailable(path: string): void {
  if (!chromiumAvailable(path)) {
    throw new PermanentError('BROWSER_UNAVAILABLE', `Chromium not found at ${path}: ${INSTALL_ADVICE}`, {
      context: { executablePath: path },
    });
  }
}

export interface LaunchOptions {
  executablePath: string;
  proxyPort: number;
  /** Where Chromium would put downloads; refused downloads leave it empty. */
  downloadsDir: string;
  /** V8 heap cap per renderer: a page allocating without end crashes its renderer. */
  jsHeapLimitMb: number;
}

/** A launched browser and its process id (null where procfs is unavailable). */
export interface LaunchedBrowser {
  browser: Browser;
  pid: number | null;
}

export async function launchChromium(options: LaunchOptions): Promise<LaunchedBrowser> {
  // Chromium ignores switches it does not know; this one lets us find the process.
  const marker = `--wirewatch-browser=${randomUUID()}`;
  const browser = await chromium.launch({
    executablePath: options.executablePath,
    headless: true,
    chromiumSandbox: false,
    args: [...CHROMIUM_ARGS, `--js-flags=--max-old-space-size=${options.jsHeapLimitMb}`, marker],
    // `<-loopback>` removes Chromium's implicit "loopback goes direct" rule.
    proxy: { server: `http://127.0.0.1:${options.proxyPort}`, bypass: '<-loopback>' },
    downloadsPath: options.downloadsDir,
    timeout: LAUNCH_TIMEOUT_MS,
    // The process that owns the renderer handles signals and closes in order;
    // Playwright still kills the browser if Node exits without closing it.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  return { browser, pid: findChildByMarker(marker) };
}
