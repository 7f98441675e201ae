/**
 * Whether the exact fast paths beside decimal.js are taken. Always on in the product; the
 * property tests turn them off to compare against the decimal path, the rule they optimise.
 */
export const fastPaths = { enabled: true };
