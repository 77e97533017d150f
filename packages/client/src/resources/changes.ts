import type { Change, ChangeList } from '@gongkai/spec';
import { checkPartial, type WalkOptions } from '../pagination/walk';
import { anySignal } from '../any-signal';
import { sleep } from '../sleep';
import type { CallOptions } from '../transport/client-options';
import type { Transport } from '../transport/create-transport';
import { unwrap } from '../transport/unwrap';
import type { QueryOf } from '../types';

export type ChangesQuery = QueryOf<'listChanges'>;

export interface FollowOptions extends Omit<ChangesQuery, 'since'>, WalkOptions {
  /** Resume after this position: a `cursor` you stored. Without it the feed starts at the beginning. */
  readonly since?: string;
  /**
   * When caught up, ask again after this many ms, until `signal` is aborted. Without it the walk
   * ends when it is caught up.
   */
  readonly pollIntervalMs?: number;
}

/** The changes, oldest first, each once; `cursor` is where to resume. */
export interface ChangeFeed extends AsyncIterable<Change> {
  /**
   * The position to store: it covers every change of every page handed out in full. It moves on
   * when the last change of a page is yielded, so storing it after handling each change never skips
   * one; a restart may repeat the earlier changes of the page it stopped in (their `id` tells them).
   */
  readonly cursor: string | undefined;
}

/** Every create, update and withdrawal of items, fees, budgets, alerts and feedback replies. */
export interface ChangesResource {
  /** One page of the feed; `meta.cursor` is the position after it. */
  list(query?: ChangesQuery, options?: CallOptions): Promise<ChangeList>;
  /**
   * Walks the feed from `since`, page after page, until a page comes back empty (caught up); with
   * `pollIntervalMs` it then keeps asking.
   */
  follow(options?: FollowOptions): ChangeFeed;
}

export function changesResource(t: Transport): ChangesResource {
  const list: ChangesResource['list'] = (query, options) => unwrap(t.api.GET('/v1/changes', { params: { query }, ...options }));
  return {
    list,
    follow(options = {}) {
      const { since, pollIntervalMs, onPartial, partial, signal, timeoutMs, ...query } = options;
      const call = { ...(signal ? { signal } : {}), ...(timeoutMs ? { timeoutMs } : {}) };
      const feed = {
        cursor: since,
        async *[Symbol.asyncIterator]() {
          for (;;) {
            const page = await list({ ...query, since: feed.cursor }, call);
            checkPartial(page, options);
            const previous = feed.cursor;
            const position = page.meta.cursor ?? previous;
            if (page.data.length === 0) feed.cursor = position;
            for (const [index, change] of page.data.entries()) {
              if (index === page.data.length - 1) feed.cursor = position;
              yield change;
            }
            // Caught up is an empty page that does not move on: a page with changes is always followed by
            // one more ask (a server's missing `links.next` must not end the walk early), and an empty
            // page at the same position (a failing department keeps its place) is not worth asking again.
            if (page.data.length || (page.links.next && position !== previous)) continue;
            if (pollIntervalMs === undefined) return;
            await sleep(pollIntervalMs, anySignal(signal, t.signal));
          }
        },
      };
      return feed;
    },
  };
}
