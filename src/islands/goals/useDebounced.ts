import { useEffect, useState } from 'preact/hooks';

/** The value, but only after it has stopped changing for `delay` ms (for live regions). */
export function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
