import type { Change } from '@gongkai/spec';
import { createClient } from '@gongkai/client';

/** Applies every change since the stored position, then stores the new one. */
export async function catchUp(stored: { cursor?: string }, apply: (change: Change) => void, baseUrl = 'http://localhost:8080') {
  const client = createClient({ baseUrl });
  const feed = client.changes.follow({ ...(stored.cursor ? { since: stored.cursor } : {}), limit: 100 });
  for await (const change of feed) {
    apply(change);
    stored.cursor = feed.cursor; // never skips a change; after a crash, at most the rest of one page comes again
  }
  return stored;
}

/** Keeps following until `signal` is aborted, asking every 30 seconds once caught up. */
export async function keepFollowing(signal: AbortSignal, apply: (change: Change) => void, baseUrl = 'http://localhost:8080') {
  const client = createClient({ baseUrl, signal });
  try {
    for await (const change of client.changes.follow({ pollIntervalMs: 30_000 })) apply(change);
  } catch (error) {
    if (!signal.aborted) throw error;
  }
}
