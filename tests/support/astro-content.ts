// Stand-in for Astro's virtual "astro:content" module in Vitest: content.config.ts
// only needs defineCollection, which returns its argument unchanged.
export function defineCollection<T>(config: T): T {
  return config;
}
