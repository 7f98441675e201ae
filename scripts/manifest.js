// @ts-check
/**
 * dist/manifest.xml from the top-level manifest.xml template: every URL in
 * the template is written against DEV_BASE_URL and is rewritten to the
 * production base URL (PERF_BASE_URL), so an intranet build points nowhere else.
 */

const DEV_BASE_URL = 'https://localhost:3000/';

/**
 * @param {string | undefined} raw the PERF_BASE_URL setting
 * @returns {string} an https URL ending in "/"
 */
function normaliseBaseUrl(raw) {
  const value = (raw ?? '').trim();
  if (!value) return DEV_BASE_URL;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PERF_BASE_URL "${value}" 不是网址 (is not a URL), e.g. https://perf.example.gov.cn/addin/`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`PERF_BASE_URL "${value}" 必须以 https:// 开头: Office only loads add-ins over https`);
  }
  if (url.search || url.hash || /[&<>"']/.test(url.href)) {
    throw new Error(`PERF_BASE_URL "${value}" 不能带 ?、#、&、引号或尖括号 (no query, fragment or XML special characters)`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** Values in the manifest that are URLs (namespaces aside). */
const URL_ATTRIBUTE = /\b(?:DefaultValue|Value)="([a-z]+:\/\/[^"]*)"/gi;

/**
 * @param {string} template manifest.xml as written against DEV_BASE_URL
 * @param {string} baseUrl normalised base URL
 * @returns {string}
 */
function fillManifest(template, baseUrl) {
  // The template's comments are for its maintainers and mention the dev URL.
  const filled = template.replace(/<!--[\s\S]*?-->\s*/g, '').split(DEV_BASE_URL).join(baseUrl);
  for (const [, url] of filled.matchAll(URL_ATTRIBUTE)) {
    if (!url.startsWith(baseUrl)) {
      throw new Error(`manifest.xml: ${url} 不在 ${baseUrl} 之下 — every URL must follow PERF_BASE_URL`);
    }
  }
  return filled;
}

module.exports = { DEV_BASE_URL, normaliseBaseUrl, fillManifest };
