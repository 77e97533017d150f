import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '@gongkai/spec';
import { instantKey } from '@gongkai/spec/china-time';
import { LoopbackDepartment } from './support/loopback-department';
import { startGateway, walkPages, type RunningGateway } from './support/start-gateway';

/**
 * A sync built on `/v1/changes` follows `links.next` until it is absent, stores `meta.cursor`, and
 * later resumes with `since`. Whatever the departments, their sizes, the page size asked and the
 * page size each department grants, it must see every change exactly once.
 */

const DEPARTMENT_IDS = ['ln-a', 'ln-b', 'ln-c', 'ln-d'];

let running: RunningGateway;
let departments: LoopbackDepartment[];

beforeAll(async () => {
  departments = await Promise.all(DEPARTMENT_IDS.map((id) => new LoopbackDepartment({ id, changes: [] }).start()));
  running = await startGateway(departments);
});

afterAll(async () => {
  await running?.close();
  await Promise.all(departments.map((department) => department.stop()));
});

// Few distinct instants, written in two offsets: many ties inside and across departments.
function occurredAt(minute: number, utc: boolean): string {
  const instant = new Date(Date.UTC(2026, 2, 1, 0, minute));
  if (utc) return `${instant.toISOString().slice(0, 19)}Z`;
  return `${new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}

const stamp = fc.record({ minute: fc.integer({ min: 0, max: 20 }), utc: fc.boolean() });

interface DepartmentSpec {
  readonly stamps: readonly { minute: number; utc: boolean }[];
  readonly pageCap: number;
}

const departmentSpec: fc.Arbitrary<DepartmentSpec> = fc.record({
  stamps: fc.array(stamp, { maxLength: 45 }),
  pageCap: fc.integer({ min: 1, max: 100 }),
});

/**
 * A department's feed as it numbers it. When `inOrder`, stamps grow with the sequence, as when a
 * department stamps changes as it records them; otherwise some are dated earlier than changes
 * numbered before them (an import of older records), and only each department's own order holds.
 */
function feedOf(id: string, spec: DepartmentSpec, inOrder: boolean, from = 1): Change[] {
  const stamps = inOrder ? [...spec.stamps].sort((a, b) => a.minute - b.minute) : spec.stamps;
  return stamps.map(({ minute, utc }, index) => {
    const sequence = from + index;
    return {
      id: `${id}:${sequence}`,
      sequence,
      departmentId: id,
      resourceType: 'item',
      resourceId: `${id}:2026-${String(sequence).padStart(6, '0')}`,
      action: 'created',
      occurredAt: occurredAt(minute, utc),
    };
  });
}

/** The feed's order across departments: by instant, then department, then the department's sequence. */
function feedOrder(a: Change, b: Change): number {
  const byTime = instantKey(a.occurredAt) < instantKey(b.occurredAt) ? -1 : instantKey(a.occurredAt) > instantKey(b.occurredAt) ? 1 : 0;
  if (byTime !== 0) return byTime;
  if (a.departmentId !== b.departmentId) return a.departmentId < b.departmentId ? -1 : 1;
  return a.sequence - b.sequence;
}

type FeedPage = { data: Change[]; meta: Record<string, unknown>; links: { next?: string } };

async function walk(path: string): Promise<{ seen: Change[]; cursor: string }> {
  const pages = (await walkPages<Change>(running, path, 5_000)) as FeedPage[];
  expect(pages.at(-1)!.links.next).toBeUndefined();
  return { seen: pages.flatMap((page) => page.data), cursor: String(pages.at(-1)!.meta['cursor']) };
}

const ids = (changes: readonly Change[]) => changes.map((change) => change.id);

describe('walking the federated changes feed', () => {
  it('sees every change exactly once, in the feed order, at any page size and department page size; and resumes with since', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(departmentSpec, { minLength: DEPARTMENT_IDS.length, maxLength: DEPARTMENT_IDS.length }),
        fc.subarray(DEPARTMENT_IDS),
        fc.integer({ min: 1, max: 100 }),
        fc.boolean(),
        fc.array(fc.record({ department: fc.integer({ min: 0, max: DEPARTMENT_IDS.length - 1 }), stamp }), { maxLength: 8 }),
        async (specs, filter, limit, inOrder, later) => {
          const feeds = new Map(DEPARTMENT_IDS.map((id, index) => [id, feedOf(id, specs[index]!, inOrder)]));
          departments.forEach((department, index) => {
            department.options.changes = [...feeds.get(department.options.id)!];
            department.behaviour.pageCap = specs[index]!.pageCap;
          });
          const asked = filter.length > 0 ? filter : DEPARTMENT_IDS;
          const query = `limit=${limit}${filter.length > 0 ? `&department=${filter.join(',')}` : ''}`;
          const expected = asked.flatMap((id) => feeds.get(id)!);

          const { seen, cursor } = await walk(`/v1/changes?${query}`);
          if (inOrder) expect(ids(seen)).toEqual(ids([...expected].sort(feedOrder)));
          else expect([...ids(seen)].sort()).toEqual([...ids(expected)].sort());
          for (const id of asked) {
            const own = seen.filter((change) => change.departmentId === id).map((change) => change.sequence);
            expect(own).toEqual(feeds.get(id)!.map((change) => change.sequence));
          }

          // Changes recorded after the walk: resuming from its cursor gives exactly those.
          for (const { department, stamp: at } of later) {
            const feed = departments[department]!.options.changes!;
            feed.push(
              ...feedOf(
                DEPARTMENT_IDS[department]!,
                { stamps: [{ minute: 30 + at.minute, utc: at.utc }], pageCap: 1 },
                true,
                feed.length + 1,
              ),
            );
          }
          const resumed = await walk(`/v1/changes?${query}&since=${encodeURIComponent(cursor)}`);
          const recordedLater = departments
            .filter((department) => asked.includes(department.options.id))
            .flatMap((department) => department.options.changes!.slice(feeds.get(department.options.id)!.length));
          expect([...ids(resumed.seen)].sort()).toEqual([...ids(recordedLater)].sort());
        },
      ),
      { numRuns: 60 },
    );
  });
});
