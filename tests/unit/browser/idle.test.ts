// whenIdle: deferred work (such as copying a broken stored value aside) runs once,
// later, and not at all when cancelled, with or without requestIdleCallback.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '@/lib/browser/idle';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('whenIdle without requestIdleCallback (Safari)', () => {
  it('runs the task once, shortly after, not at once', () => {
    vi.useFakeTimers();
    const task = vi.fn();
    whenIdle(task);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('does not run a cancelled task', () => {
    vi.useFakeTimers();
    const task = vi.fn();
    whenIdle(task)();
    vi.advanceTimersByTime(1000);
    expect(task).not.toHaveBeenCalled();
  });
});

describe('whenIdle with requestIdleCallback', () => {
  it('hands the task and the deadline to the browser, and cancels the same request', () => {
    const queued: Array<() => void> = [];
    const request = vi.fn((cb: () => void, _opts: { timeout: number }) => queued.push(cb));
    const cancel = vi.fn();
    vi.stubGlobal('requestIdleCallback', request);
    vi.stubGlobal('cancelIdleCallback', cancel);
    const task = vi.fn();
    const stop = whenIdle(task, 250);
    expect(request).toHaveBeenCalledWith(expect.any(Function), { timeout: 250 });
    expect(task).not.toHaveBeenCalled();
    queued[0]!();
    expect(task).toHaveBeenCalledTimes(1);
    stop();
    expect(cancel).toHaveBeenCalledWith(1);
  });
});
