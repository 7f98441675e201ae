export { readWorkbook } from './read';
export { applyPlan } from './write';
