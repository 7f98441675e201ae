declare const __PERF_VERSION__: string | undefined;

/** PERF's version from package.json, set by webpack's DefinePlugin ("dev" outside a build). */
export const PERF_VERSION: string = typeof __PERF_VERSION__ === 'string' ? __PERF_VERSION__ : 'dev';
