export const DEV_BASE_URL: string;
/** PERF_BASE_URL → an https URL ending in "/" (DEV_BASE_URL when unset); throws a clear message otherwise. */
export function normaliseBaseUrl(raw: string | undefined): string;
/** Rewrites every URL of the template to baseUrl; throws if any URL would point elsewhere. */
export function fillManifest(template: string, baseUrl: string): string;
