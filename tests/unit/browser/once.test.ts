import { describe, expect, it } from 'vitest';
import { once } from '@/lib/browser/once';

// The islands load their parts when they are needed: each one once, and again
// after a failure (the retry button), never twice at the same time.
describe('once', () => {
  it('loads once, however often it is asked, and keeps what it loaded', async () => {
    let keer = 0;
    const laad = once(async () => ++keer);
    expect(laad.value).toBeUndefined();
    const [a, b] = await Promise.all([laad(), laad()]);
    expect([a, b, await laad()]).toEqual([1, 1, 1]);
    expect(keer).toBe(1);
    expect(laad.value).toBe(1);
  });

  it('after a failure, the next request loads again', async () => {
    let keer = 0;
    const laad = once(async () => {
      keer++;
      if (keer === 1) throw new Error('offline');
      return 'geladen';
    });
    await expect(laad()).rejects.toThrow('offline');
    expect(laad.value).toBeUndefined();
    await expect(laad()).resolves.toBe('geladen');
    await expect(laad()).resolves.toBe('geladen');
    expect(keer).toBe(2);
  });
});
