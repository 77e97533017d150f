import { compareInListOrder, parseListOrder, vocabularies } from '@gongkai/spec';
import { listOperation } from '../contract/list-operations';
import { bodyJson } from '../http/exchange';
import { passed, skipped, verdict, type Check } from '../run/check';
import { failure, unexpectedAnswer, type Failure } from '../run/failure';
import type { RunContext } from '../run/run-context';
import type { ListRecord, Walk } from '../run/walk';
import { compareWalks } from './compare-walks';

const FEED = 'listChanges';
const BY_OCCURRENCE = parseListOrder('occurredAt');
const RESUME_PAGE_SIZE = 10;
const RESUME_PAGES = 20;

/**
 * Which list shows the records each kind of change is about. The contract names the kinds
 * (`ResourceType`) and the lists, not the link between them; a kind missing here is reported as
 * unchecked rather than passed.
 */
const RESOURCE_LISTS: Readonly<Record<string, { readonly list: string; readonly implied?: (record: ListRecord) => boolean }>> = {
  item: { list: 'listItems' },
  fee: { list: 'listFees' },
  budget: { list: 'listBudgets' },
  alert: { list: 'listAlerts' },
  // A published reply is a change; published feedback without a reply is not.
  feedbackReply: { list: 'listFeedback', implied: (record) => record['reply'] !== undefined },
};

export const mappedResourceTypes = (): string[] => Object.keys(RESOURCE_LISTS);

const feed = (context: RunContext) => context.walk(FEED, { maxRecords: context.settings.maxRecords * 10 });

const orderCheck: Check = {
  id: 'changes.order',
  area: 'changes',
  title: 'GET /v1/changes: oldest first — sequence rises, occurredAt never goes back — with meta.cursor on every page',
  async run(context) {
    const walk = await feed(context);
    const failures: Failure[] = [...walk.failures];
    for (const page of walk.pages)
      if (typeof page.meta['cursor'] !== 'string')
        failures.push(failure('a page has no meta.cursor', 'meta.cursor on every page, also the last', page.exchange));
    const lastSequence = new Map<string, number>();
    for (let i = 0; i < walk.records.length; i++) {
      const change = walk.records[i]!;
      const page = walk.pages.find((p) => p.records.includes(change))?.exchange;
      const department = String(change['departmentId']);
      const sequence = change['sequence'];
      const before = lastSequence.get(department);
      if (typeof sequence === 'number' && before !== undefined && sequence <= before) {
        failures.push(
          failure(
            `change ${String(change['id'])} has sequence ${sequence} after ${before}`,
            'a sequence that rises with every change of a department',
            page,
          ),
        );
        break;
      }
      if (typeof sequence === 'number') lastSequence.set(department, sequence);
      const previous = walk.records[i - 1];
      if (previous && compareInListOrder({ occurredAt: previous['occurredAt'] }, { occurredAt: change['occurredAt'] }, BY_OCCURRENCE) > 0) {
        failures.push(
          failure(
            `change ${String(change['id'])} occurred at ${String(change['occurredAt'])}, before ${String(previous['id'])} (${String(previous['occurredAt'])}) that the feed gave first`,
            'occurredAt never goes back: the gateway merges departments by it and would lose the change',
            page,
          ),
        );
        break;
      }
    }
    return verdict(failures, `${walk.records.length}${walk.complete ? '' : '+'} changes`);
  },
};

async function latestRevisions(context: RunContext, type: string): Promise<{ records: readonly ListRecord[]; walk: Walk } | undefined> {
  const entry = RESOURCE_LISTS[type];
  if (!entry) return undefined;
  const walk = await context.walk(entry.list);
  return { walk, records: walk.records.filter((record) => entry.implied?.(record) ?? true) };
}

const completeCheck: Check = {
  id: 'changes.complete',
  area: 'changes',
  title: 'GET /v1/changes: every record the lists show has its changes in the feed, up to its current revision',
  async run(context) {
    const changes = await feed(context);
    if (!changes.complete)
      return skipped(
        changes.failures.length
          ? 'the feed could not be walked (see changes.order)'
          : `the feed has more than ${changes.records.length} changes; raise --max-records`,
      );
    const byResource = new Map<string, ListRecord[]>();
    for (const change of changes.records)
      byResource.set(String(change['resourceId']), [...(byResource.get(String(change['resourceId'])) ?? []), change]);
    const failures: Failure[] = [];
    const checked: string[] = [];
    const unmapped: string[] = [];
    for (const type of vocabularies.resourceType.terms.map((term) => term.value)) {
      const source = await latestRevisions(context, type);
      if (!source) {
        unmapped.push(type);
        continue;
      }
      for (const record of source.records) {
        const id = String(record['id']);
        const found = (byResource.get(id) ?? []).filter((change) => change['resourceType'] === type);
        const revision = record['revision'];
        const expected = typeof revision === 'number' ? `a ${type} change of ${id} at revision ${revision}` : `a ${type} change of ${id}`;
        if (found.length === 0 || (typeof revision === 'number' && !found.some((change) => change['revision'] === revision)))
          failures.push(
            failure(
              `GET ${listOperation(RESOURCE_LISTS[type]!.list)!.operation.path} shows ${id}${typeof revision === 'number' ? ` at revision ${revision}` : ''}, the feed has ${found.length ? `only revisions ${found.map((c) => c['revision']).join(', ')}` : 'no change of it'}`,
              expected,
            ),
          );
      }
      checked.push(`${source.records.length} ${type}`);
    }
    const detail = `${checked.join(', ')}${unmapped.length ? `; not checked: ${unmapped.join(', ')}` : ''}`;
    return verdict(failures.slice(0, 10), detail);
  },
};

const resumeCheck: Check = {
  id: 'changes.resumable',
  area: 'changes',
  title: `GET /v1/changes?since=…: resuming from any meta.cursor gives exactly what followed it, at any page size`,
  async run(context) {
    const reference = await feed(context);
    if (reference.failures.length) return skipped('the feed could not be walked (see changes.order)');
    const small = await context.walk(FEED, { pageSize: RESUME_PAGE_SIZE, maxRecords: RESUME_PAGE_SIZE * RESUME_PAGES });
    const failures: Failure[] = [...small.failures, ...compareWalks(reference, small, RESUME_PAGE_SIZE, undefined)];
    // Resume points: the start of the walk, pages in between, its end — each with a page size the walk did not use.
    let read = 0;
    const points = small.pages.map((page) => ({ cursor: page.meta['cursor'], after: (read += page.records.length) }));
    const picks = [...new Set([0, Math.floor(points.length / 2), points.length - 1])].map((i) => points[i]).filter((p) => p !== undefined);
    for (const { cursor, after } of picks) {
      if (typeof cursor !== 'string') continue;
      const exchange = await context.read(FEED, { query: { since: cursor, limit: 3 } });
      const data = (bodyJson(exchange.response) as { data?: ListRecord[] } | undefined)?.data;
      if (exchange.response.status !== 200 || !Array.isArray(data)) {
        failures.push(unexpectedAnswer(exchange, '200 with the changes after the cursor'));
        continue;
      }
      const expected = reference.records.slice(after, after + 3).map((c) => String(c['id']));
      const got = data.map((c) => String(c['id']));
      const comparable = reference.complete || after + 3 <= reference.records.length;
      if (comparable && got.join() !== expected.join())
        failures.push(
          failure(
            `resuming after change ${after} gave ${got.join(', ') || 'nothing'}`,
            expected.length ? `the changes that followed it: ${expected.join(', ')}` : 'no changes (the cursor was at the end)',
            exchange,
          ),
        );
    }
    return verdict(failures, `${picks.length} resume points`);
  },
};

const resolveCheck: Check = {
  id: 'changes.resources-resolve',
  area: 'changes',
  title: 'GET /v1/changes: the latest change of each kind names a resource that resolves',
  async run(context) {
    const changes = await feed(context);
    const latest = new Map<string, ListRecord>();
    for (const change of changes.records) latest.set(String(change['resourceType']), change);
    if (latest.size === 0) return skipped('the feed is empty');
    const failures: Failure[] = [];
    for (const [type, change] of latest) {
      const single = RESOURCE_LISTS[type] ? listOperation(RESOURCE_LISTS[type].list)?.single : undefined;
      if (!single) continue;
      const parameter = single.parameters.find((p) => p.in === 'path')!.name;
      const exchange = await context.read(single.operationId, { path: { [parameter]: String(change['resourceId']) } });
      if (exchange.response.status !== 200)
        failures.push(unexpectedAnswer(exchange, `200: change ${String(change['id'])} is about ${String(change['resourceId'])}`));
    }
    return failures.length ? verdict(failures) : passed([...latest.keys()].join(', '));
  },
};

/** The changes feed: ordered, complete, resumable. */
export const changeChecks: Check[] = [orderCheck, completeCheck, resumeCheck, resolveCheck];
