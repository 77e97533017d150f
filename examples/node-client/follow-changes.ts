// Follows the changes feed: every create, update and withdrawal, each once, resumed from the position
// stored in a file, then waiting for new ones until Ctrl-C.
//   node --import tsx examples/node-client/follow-changes.ts [STATE_FILE]  (with `npm start` running)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Change } from '@gongkai/spec';
import { createClient, type GongkaiClient } from '@gongkai/client';

export interface FollowOptions {
  /** Where the position is kept between runs. */
  readonly stateFile: string;
  /** Asks again this often once caught up; without it, stops when caught up. */
  readonly pollIntervalMs?: number;
  readonly signal?: AbortSignal;
  readonly onChange: (change: Change) => void;
}

export async function followChanges(client: GongkaiClient, options: FollowOptions): Promise<void> {
  const since = existsSync(options.stateFile) ? readFileSync(options.stateFile, 'utf8').trim() : undefined;
  const feed = client.changes.follow({
    ...(since ? { since } : {}),
    ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    limit: 100,
  });
  try {
    for await (const change of feed) {
      options.onChange(change);
      if (feed.cursor) writeFileSync(options.stateFile, feed.cursor);
    }
  } catch (error) {
    if (!options.signal?.aborted) throw error;
  }
}

export function describeChange(change: Change): string {
  return `${change.occurredAt}  ${change.action.padEnd(9)} ${change.resourceType.padEnd(13)} ${change.resourceId}  ${change.title ?? ''}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  const client = createClient({ baseUrl: process.env['GONGKAI_URL'] ?? 'http://localhost:8080' });
  await followChanges(client, {
    stateFile: process.argv[2] ?? '.gongkai-changes-cursor',
    pollIntervalMs: 10_000,
    signal: controller.signal,
    onChange: (change) => console.log(describeChange(change)),
  });
}
