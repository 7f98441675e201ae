import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { DIST, distFile } from '../build/dist';
import { openBrowserVersion } from './browser-page';
import { serveFolder } from './static-server';

/**
 * For a test file: the built browser version served from dist/ for the whole file, and `open`
 * for a test, in a fresh Chromium profile that is closed and removed after it.
 */
export function servedBrowserVersion(profilePrefix: string) {
  let server: Awaited<ReturnType<typeof serveFolder>> | undefined;
  let context: BrowserContext | undefined;
  let profile: string | undefined;
  beforeAll(async () => {
    distFile('index.html');
    server = await serveFolder(DIST);
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
    if (profile) rmSync(profile, { recursive: true, force: true });
    profile = undefined;
  });
  afterAll(async () => {
    await server?.close();
  });
  const url = () => {
    if (!server) throw new Error('the browser version is not served yet');
    return server.url;
  };
  return {
    url,
    /** The open test's Chromium profile folder (removed after the test): a place for its downloads. */
    profile() {
      if (!profile) throw new Error('no browser is open');
      return profile;
    },
    async open(locale: 'zh-CN' | 'en-US' = 'zh-CN') {
      profile = mkdtempSync(path.join(os.tmpdir(), profilePrefix));
      const opened = await openBrowserVersion(url(), profile, locale);
      context = opened.context;
      return opened;
    },
  };
}
