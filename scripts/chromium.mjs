// The one place that says how Chromium is started, for the browser tests and the benchmark:
// Debian's Chromium (never a downloaded one) and the flags that keep it quiet and offline.
import { chromium } from 'playwright-core';

/** Debian's Chromium, or the one CHROMIUM_PATH names. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** No sandbox (containers), no GPU, and nothing that phones home. */
export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** A browser for this process. */
export const launchChromium = () => chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });

/**
 * A browser other processes connect to (the browser tests share one through `wsEndpoint()`). Its
 * GPU process, which only composites in software here, runs inside the browser process: about a
 * tenth less CPU over the suite, measured. The benchmark keeps the usual process layout, so its
 * timings stay those of an ordinary Chromium.
 */
export const launchChromiumServer = () =>
  chromium.launchServer({ executablePath: CHROMIUM, args: [...LAUNCH_ARGS, '--in-process-gpu'] });

/** Connects to a shared browser; closing the result disconnects and leaves the browser running. */
export const connectChromium = (/** @type {string} */ wsEndpoint) => chromium.connect(wsEndpoint);
