/** One PERF function as the task pane lists it. */
export interface CatalogEntry {
  id: string;
  en: string;
  zh: string;
}

/**
 * The PERF functions with their English and Chinese descriptions. This stub is
 * replaced at build time (scripts/function-catalog-loader.js) by the list
 * generated from the JSDoc of src/functions/functions.ts.
 */
export const catalog: CatalogEntry[] = [];
