import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, hashFilters } from './cursor';
import { federatedPage, type DepartmentPage, type FederatedPage, type FederatedPosition } from './federated-page';
import { compareBy, formatSort, isAfter, sortKeyOf, type SortKey, type SortSpec } from './sort-order';

interface Item {
  readonly id: string;
  readonly departmentId: string;
  readonly publishedAt: string | null;
  readonly title: string;
}

const newestFirst: SortSpec = { field: 'publishedAt', direction: 'desc' };
const oldestFirst: SortSpec = { field: 'publishedAt', direction: 'asc' };

/**
 * A department as the v1 API describes it: sorted by the requested sort and paged with its own
 * keyset cursor (here the JSON of the last key), never more than its own page size.
 */
class FakeDepartment {
  readonly records = new Map<string, Item>();
  calls = 0;

  constructor(
    readonly id: string,
    records: readonly Item[],
    private readonly pageSize: number,
  ) {
    for (const record of records) this.records.set(record.id, record);
  }

  page(sort: SortSpec, cursor: string | null, limit: number): DepartmentPage<Item> {
    this.calls += 1;
    const after = cursor === null ? null : (JSON.parse(cursor) as SortKey);
    const rest = [...this.records.values()].sort(compareBy(sort)).filter((record) => after === null || isAfter(record, after, sort));
    const data = rest.slice(0, Math.min(limit, this.pageSize));
    const next = rest.length > data.length ? JSON.stringify(sortKeyOf(data[data.length - 1]!, sort)) : null;
    return { data, next };
  }
}

function fetcher(departments: readonly FakeDepartment[], sort: SortSpec) {
  const byId = new Map(departments.map((department) => [department.id, department]));
  return async (departmentId: string, request: { cursor: string | null; limit: number }) =>
    byId.get(departmentId)!.page(sort, request.cursor, request.limit);
}

const secret = 'federated-page-test-secret';

/** What the HTTP layer does between pages: sign the position into a token and read it back. */
function throughToken(next: FederatedPosition, sort: SortSpec): FederatedPosition {
  const filtersHash = hashFilters({ sort: formatSort(sort) });
  const token = encodeCursor({ sort: formatSort(sort), filtersHash, departments: next.departments }, secret);
  return decodeCursor(token, secret, { filtersHash, sort: formatSort(sort) });
}

// Six instants, each written in one of three offsets: many ties, and ties that only an
// instant comparison sees.
const BASE = Date.UTC(2026, 4, 15, 1, 0, 0);
function dateTime(hour: number, offsetHours: number): string {
  const local = new Date(BASE + hour * 3_600_000 + offsetHours * 3_600_000).toISOString().slice(0, 19);
  if (offsetHours === 0) return `${local}Z`;
  return `${local}${offsetHours > 0 ? '+' : '-'}${String(Math.abs(offsetHours)).padStart(2, '0')}:00`;
}
const publishedAt = fc.oneof(
  { weight: 9, arbitrary: fc.tuple(fc.integer({ min: 0, max: 5 }), fc.constantFrom(8, 0, -5)).map(([h, o]) => dateTime(h, o)) },
  { weight: 1, arbitrary: fc.constant(null) },
);

function departmentsArbitrary() {
  return fc
    .array(fc.record({ times: fc.array(publishedAt, { maxLength: 60 }), pageSize: fc.integer({ min: 1, max: 100 }) }), {
      minLength: 1,
      maxLength: 6,
    })
    .map((specs) =>
      specs.map(({ times, pageSize }, d) => {
        const id = `dept-${d}`;
        const records = times.map((time, i) => ({ id: `${id}:m${i}`, departmentId: id, publishedAt: time, title: `#${i}` }));
        return new FakeDepartment(id, records, pageSize);
      }),
    );
}

interface WalkOptions {
  readonly sort: SortSpec;
  readonly limit: number;
  readonly maxPagesPerDepartment?: number;
  readonly fetchPage?: (departmentId: string, request: { cursor: string | null; limit: number }) => Promise<DepartmentPage<Item>>;
  readonly betweenPages?: (page: number) => void;
}

async function walk(departments: readonly FakeDepartment[], options: WalkOptions): Promise<Item[]> {
  const { sort, limit } = options;
  const fetchPage = options.fetchPage ?? fetcher(departments, sort);
  const seen: Item[] = [];
  let cursor: FederatedPosition | null = null;
  for (let page = 0; page < 10_000; page += 1) {
    const result = await federatedPage({ departments: departments.map((d) => d.id), cursor, limit, sort, fetchPage, ...pick(options) });
    seen.push(...result.data);
    if (result.next === null) return seen;
    cursor = throughToken(result.next, sort);
    options.betweenPages?.(page);
  }
  throw new Error('the walk did not end');
}

function pick(options: WalkOptions) {
  return options.maxPagesPerDepartment === undefined ? {} : { maxPagesPerDepartment: options.maxPagesPerDepartment };
}

const ids = (items: readonly Item[]) => items.map((item) => item.id);

/** A change a department makes between two gateway pages. */
interface Change {
  readonly department: number;
  readonly kind: 'insert' | 'edit';
  readonly publishedAt: string | null;
  readonly idPrefix: string;
  readonly target: number;
}

describe('federatedPage', () => {
  it('walks every record of every department exactly once, in the global order', async () => {
    await fc.assert(
      fc.asyncProperty(
        departmentsArbitrary(),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(newestFirst, oldestFirst),
        async (departments, limit, maxPagesPerDepartment, sort) => {
          const everything = departments.flatMap((d) => [...d.records.values()]).sort(compareBy(sort));
          const seen = await walk(departments, { sort, limit, maxPagesPerDepartment });
          expect(ids(seen)).toEqual(ids(everything));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('neither repeats nor skips records while departments insert and edit between pages', async () => {
    const change: fc.Arbitrary<Change> = fc.record({
      department: fc.nat(),
      kind: fc.constantFrom('insert', 'edit'),
      publishedAt,
      // '0' sorts before the original ids' 'm', 'z' after: inserted ties land on both sides.
      idPrefix: fc.constantFrom('0', 'z'),
      target: fc.nat(),
    });
    await fc.assert(
      fc.asyncProperty(
        departmentsArbitrary(),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom(newestFirst, oldestFirst),
        fc.array(fc.array(change, { maxLength: 8 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 4 }),
        async (departments, limit, sort, batches, maxPagesPerDepartment) => {
          const originals = departments.flatMap((d) => [...d.records.values()]).sort(compareBy(sort));
          let inserted = 0;
          const apply = ({ department: d, kind, publishedAt: time, idPrefix, target }: Change) => {
            const department = departments[d % departments.length]!;
            if (kind === 'insert') {
              const id = `${department.id}:${idPrefix}${(inserted += 1)}`;
              department.records.set(id, { id, departmentId: department.id, publishedAt: time, title: 'new' });
            } else {
              const existing = [...department.records.values()];
              const record = existing[target % Math.max(existing.length, 1)];
              if (record) department.records.set(record.id, { ...record, title: `${record.title} (edited)` });
            }
          };
          const seen = await walk(departments, {
            sort,
            limit,
            maxPagesPerDepartment,
            // Each batch once: changes that never stopped could outrun a walk with a small limit.
            betweenPages: (page) => batches[page]?.forEach(apply),
          });

          expect(new Set(ids(seen)).size).toBe(seen.length);
          expect(ids(seen.filter((item) => !item.id.match(/:[0z]\d+$/)))).toEqual(ids(originals));
          // Within one department the walk only moves forward: a record inserted behind the
          // position is never handed out late.
          for (const department of departments) {
            const own = seen.filter((item) => item.departmentId === department.id);
            expect(own).toEqual([...own].sort(compareBy(sort)));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('resumes a department that failed for a page: nothing lost, nothing repeated', async () => {
    await fc.assert(
      fc.asyncProperty(
        departmentsArbitrary(),
        fc.integer({ min: 1, max: 50 }),
        fc.infiniteStream(fc.boolean()),
        async (departments, limit, failNext) => {
          const healthy = fetcher(departments, newestFirst);
          const flaky = (departmentId: string, request: { cursor: string | null; limit: number }) =>
            failNext.next().value ? Promise.reject(new Error('boom')) : healthy(departmentId, request);
          const seen = await walk(departments, { sort: newestFirst, limit, fetchPage: flaky });
          const everything = departments.flatMap((d) => [...d.records.values()]);
          expect([...ids(seen)].sort()).toEqual(ids(everything).sort());
        },
      ),
      { numRuns: 200 },
    );
  });

  it('still answers with the other departments when one fails, and keeps its position', async () => {
    const finance = new FakeDepartment('ln-finance', [item('ln-finance:1', 3), item('ln-finance:2', 2)], 10);
    const fetchPage = async (departmentId: string, request: { cursor: string | null; limit: number }) => {
      if (departmentId === 'ln-housing') throw Object.assign(new Error('Headers timeout'), { code: 'UND_ERR_HEADERS_TIMEOUT' });
      return finance.page(newestFirst, request.cursor, request.limit);
    };
    const cursor = {
      departments: {
        'ln-finance': { departmentCursor: null, after: null, done: false },
        'ln-housing': { departmentCursor: 'opaque-42', after: ['2026-05-15T01:00:00Z', 'ln-housing:9'] as const, done: false },
      },
    };
    const page = await federatedPage({ departments: ['ln-finance', 'ln-housing'], cursor, limit: 10, sort: newestFirst, fetchPage });
    expect(ids(page.data)).toEqual(['ln-finance:1', 'ln-finance:2']);
    expect(page.failures).toEqual([{ department: 'ln-housing', status: 504, detail: 'The department did not answer in time.' }]);
    expect(page.next?.departments['ln-housing']).toEqual(cursor.departments['ln-housing']);
    expect(page.next?.departments['ln-finance']?.done).toBe(true);
  });

  it('asks every department at once', async () => {
    const started: string[] = [];
    const release: (() => void)[] = [];
    const fetchPage = (departmentId: string) => {
      started.push(departmentId);
      return new Promise<DepartmentPage<Item>>((resolve) => release.push(() => resolve({ data: [], next: null })));
    };
    const pending = federatedPage({ departments: ['a', 'b', 'c'], cursor: null, limit: 5, sort: newestFirst, fetchPage });
    expect(started).toEqual(['a', 'b', 'c']);
    release.forEach((resolve) => resolve());
    expect(await pending).toEqual({ data: [], next: null, failures: [] });
  });

  it('follows the department to its next page when what it re-sends is behind the position', async () => {
    const records = [5, 4, 3, 2, 1].map((hour) => item(`d:${hour}`, hour));
    const department = new FakeDepartment('d', records, 2);
    const fetchPage = fetcher([department], newestFirst);
    // Page one of "d" is [5, 4]; the client already has both, but "d" was only partly consumed
    // when that cursor was issued, so the gateway re-requests page one and finds nothing new.
    const cursor = { departments: { d: { departmentCursor: null, after: sortKeyOf(records[1]!, newestFirst), done: false } } };
    const page = await federatedPage({ departments: ['d'], cursor, limit: 2, sort: newestFirst, fetchPage });
    expect(ids(page.data)).toEqual(['d:3', 'd:2']);
    expect(department.calls).toBe(2);
  });

  it('keeps skipping up to the position when every page it was allowed to fetch was behind it', async () => {
    const records = [5, 4, 3, 2, 1].map((hour) => item(`d:${hour}`, hour));
    const department = new FakeDepartment('d', records, 1);
    const fetchPage = fetcher([department], newestFirst);
    let cursor: FederatedPosition | null = {
      departments: { d: { departmentCursor: null, after: sortKeyOf(records[2]!, newestFirst), done: false } },
    };
    const seen: Item[] = [];
    while (cursor) {
      const page: FederatedPage<Item> = await federatedPage({
        departments: ['d'],
        cursor,
        limit: 5,
        sort: newestFirst,
        fetchPage,
        maxPagesPerDepartment: 2,
      });
      seen.push(...page.data);
      cursor = page.next;
    }
    expect(ids(seen)).toEqual(['d:2', 'd:1']);
  });

  it('resumes a partly consumed department page after the last record handed out', async () => {
    const own = new FakeDepartment(
      'd',
      [5, 3, 1].map((hour) => item(`d:${hour}`, hour)),
      10,
    );
    const other = new FakeDepartment('e', [item('e:4', 4)], 10);
    const fetchPage = fetcher([own, other], newestFirst);
    const first = await federatedPage({ departments: ['d', 'e'], cursor: null, limit: 2, sort: newestFirst, fetchPage });
    expect(ids(first.data)).toEqual(['d:5', 'e:4']);
    expect(first.next?.departments['d']).toEqual({ departmentCursor: null, after: [item('d:5', 5).publishedAt, 'd:5'], done: false });
    expect(first.next?.departments['e']?.done).toBe(true);
  });

  it('holds back records of other departments that a short department might still precede', async () => {
    // "slow" shows one record per page; with one page allowed, nothing of "fast" older than that
    // record may be handed out yet.
    const slow = new FakeDepartment('slow', [item('slow:1', 5), item('slow:2', 3)], 1);
    const fast = new FakeDepartment('fast', [item('fast:1', 4), item('fast:2', 2)], 10);
    const fetchPage = fetcher([slow, fast], newestFirst);
    const page = await federatedPage({
      departments: ['slow', 'fast'],
      cursor: null,
      limit: 10,
      sort: newestFirst,
      fetchPage,
      maxPagesPerDepartment: 1,
    });
    expect(ids(page.data)).toEqual(['slow:1']);
  });

  it('ends the walk when every department is exhausted', async () => {
    const department = new FakeDepartment('d', [item('d:1', 1)], 10);
    const page = await federatedPage({
      departments: ['d'],
      cursor: null,
      limit: 10,
      sort: newestFirst,
      fetchPage: fetcher([department], newestFirst),
    });
    expect(page.next).toBeNull();
  });

  it('does not ask departments that are done, nor ones that joined after the walk began', async () => {
    const done = new FakeDepartment('done', [item('done:1', 1)], 10);
    const late = new FakeDepartment('late', [item('late:1', 1)], 10);
    const open = new FakeDepartment('open', [item('open:1', 1)], 10);
    const cursor = {
      departments: {
        done: { departmentCursor: null, after: null, done: true },
        open: { departmentCursor: null, after: null, done: false },
      },
    };
    const page = await federatedPage({
      departments: ['done', 'late', 'open'],
      cursor,
      limit: 10,
      sort: newestFirst,
      fetchPage: fetcher([done, late, open], newestFirst),
    });
    expect(ids(page.data)).toEqual(['open:1']);
    expect([done.calls, late.calls]).toEqual([0, 0]);
  });

  it('rejects a limit that is not a positive integer', async () => {
    const attempt = federatedPage({
      departments: [],
      cursor: null,
      limit: 0,
      sort: newestFirst,
      fetchPage: async () => ({ data: [], next: null }),
    });
    await expect(attempt).rejects.toThrow(RangeError);
  });
});

function item(id: string, hour: number): Item {
  return { id, departmentId: id.split(':')[0]!, publishedAt: dateTime(hour, 8), title: id };
}
