import type { Weight } from './header-text';

/** "80%" or "80分", as a weight reads in a message. */
export function weightText(w: Weight): string {
  return w.unit === 'percent' ? `${w.value}%` : `${w.value}分`;
}
