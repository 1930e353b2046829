// A localStorage stand-in for the storage tests: a Map behind the Storage interface,
// with switches for the failures real browsers produce.
export class FakeStorage implements Storage {
  readonly data = new Map<string, string>();
  /** Every setItem throws QuotaExceededError, as a full storage does. */
  full = false;
  /** Every access throws SecurityError, as storage blocked by the browser does. */
  blocked = false;

  constructor(initial: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(initial)) this.data.set(k, v);
  }

  private check(): void {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  get length(): number {
    this.check();
    return this.data.size;
  }
  key(index: number): string | null {
    this.check();
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    this.check();
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.check();
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, String(value));
  }
  removeItem(key: string): void {
    this.check();
    this.data.delete(key);
  }
  clear(): void {
    this.check();
    this.data.clear();
  }
  /** Everything stored, for comparing before and after. */
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.data);
  }
}
