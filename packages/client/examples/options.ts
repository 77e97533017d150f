import { createClient, memoryEtagCache } from '@gongkai/client';

export function configuredClient(baseUrl = 'http://localhost:8080', log: (line: string) => void = console.warn) {
  const controller = new AbortController();
  const client = createClient({
    baseUrl,
    apiKey: process.env['GONGKAI_API_KEY'], // its own, larger quota; reads need no key
    userAgent: 'budget-watch/1.0 (data@example.org)',
    timeoutMs: 8000, // each attempt
    retry: {
      retries: 5,
      baseDelayMs: 500,
      maxDelayMs: 20_000,
      budgetMs: 60_000, // the whole call, waits included
      onRetry: ({ attempt, delayMs, reason, url }) => log(`retry ${attempt} of ${url} in ${delayMs} ms (${String(reason)})`),
    },
    cache: memoryEtagCache(16 * 1024 * 1024), // If-None-Match; a 304 gives the kept body
    signal: controller.signal, // abort() ends every call of this client
  });
  return { client, stop: () => controller.abort() };
}
