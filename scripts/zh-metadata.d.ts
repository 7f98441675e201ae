export interface ZhParam {
  name: string;
  description: string;
}
export interface ZhTags {
  description: string | undefined;
  params: Map<string, ZhParam>;
  problems: string[];
}
export interface BilingualMetadata {
  en: any;
  zh: any;
  /** Missing or non-Chinese texts, one message per function/parameter. */
  errors: string[];
  /** Errors custom-functions-metadata itself found (reported by its plugin). */
  metadataErrors: string[];
}
export interface CatalogEntry {
  id: string;
  en: string;
  zh: string;
}
export function readZhTags(sourceText: string, fileName: string): Map<string, ZhTags>;
export function buildZhMetadata(
  en: any,
  associate: { functionName: string; id: string }[],
  zhTags: Map<string, ZhTags>,
): { metadata: any; errors: string[] };
export function generateBilingualMetadata(file: string): Promise<BilingualMetadata>;
export function catalogOf(en: any, zh: any): CatalogEntry[];
/** The first sentence of a description (Chinese "。" or English ". "), for one-line lists. */
export function firstSentence(text: string): string;
