/**
 * Requests kept under Excel on the web's 5 MB: calls are queued against a running
 * estimate of the request's size, and the request is sent (context.sync) before a call
 * that would take it over the budget. The estimate is the calls' arguments as UTF-8 JSON
 * plus a fixed cost a call, with the budget at half the limit for what Office.js adds.
 */
export const REQUEST_LIMIT = 5 * 1024 * 1024;
export const REQUEST_BUDGET = 2.5 * 1024 * 1024;
/** What Office.js sends for a call beyond its arguments (the action and its object path). */
export const CALL_BYTES = 300;

/** UTF-8 bytes of a value as JSON, without building the JSON text. */
export function payloadBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === 'number') return String(value).length;
  if (typeof value === 'boolean') return value ? 4 : 5;
  if (typeof value === 'string') {
    let n = 2;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      n += c < 0x20 || c === 0x22 || c === 0x5c ? 2 : c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
    }
    return n;
  }
  if (Array.isArray(value)) {
    let n = 2 + Math.max(0, value.length - 1);
    for (const v of value) n += payloadBytes(v);
    return n;
  }
  return JSON.stringify(value).length * 3;
}

export class Batch {
  private pending = 0;
  /** Requests sent through this batch. */
  sent = 0;

  constructor(
    private readonly sync: () => Promise<void>,
    private readonly budget = REQUEST_BUDGET,
  ) {}

  /** Make room for calls of about this many bytes: sends what is queued when they would not fit. */
  async room(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.send();
    this.pending += bytes;
  }

  /** Queue calls of this size without sending first (for calls that must go with the ones before). */
  add(bytes: number): void {
    this.pending += bytes;
  }

  /** Send what is queued, if anything. */
  async send(): Promise<void> {
    if (this.pending === 0) return;
    this.pending = 0;
    this.sent++;
    await this.sync();
  }
}
