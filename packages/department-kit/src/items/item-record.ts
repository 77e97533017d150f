import type { DisclosureItem, ItemInput } from '@gongkai/spec';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { RuleViolation, StateConflict } from '../domain-errors';
import { canonicalTimestamp, chinaDateOf, instantMs } from '../time/china-time';
import { changedFields } from './changed-fields';
import { measureTimeliness } from './timeliness';

/** What an item needs besides its input: who publishes it, by which calendar, with which id. */
export interface NewItemContext {
  readonly departmentId: string;
  readonly calendar: WorkingDayCalendar;
  readonly id: string;
  readonly indexNumber: string;
  /** Now (RFC 3339): the publication time unless the input gives one. */
  readonly now: string;
}

/** The content of an item as the input states it, in the contract's field order. */
function content(
  input: ItemInput,
): Omit<DisclosureItem, 'id' | 'departmentId' | 'indexNumber' | 'publishedAt' | 'updatedAt' | 'revision' | 'status'> {
  return {
    title: input.title,
    ...(input.summary !== undefined ? { summary: input.summary } : {}),
    ...(input.body !== undefined ? { body: input.body } : {}),
    ...(input.documentNumber !== undefined ? { documentNumber: input.documentNumber } : {}),
    ...(input.genre !== undefined ? { genre: input.genre } : {}),
    category: input.category,
    topics: input.topics ?? [],
    keywords: input.keywords ?? [],
    validity: input.validity,
    issuingBody: input.issuingBody,
    division: { code: input.division.code, name: input.division.name },
    level: input.level,
    ...(input.writtenOn !== undefined ? { writtenOn: input.writtenOn } : {}),
    formedAt: input.formedAt,
    attachments: input.attachments ?? [],
    ...(input.interpretationId !== undefined ? { interpretationId: input.interpretationId } : {}),
    ...(input.interpretsId !== undefined ? { interpretsId: input.interpretsId } : {}),
    ...(input.url !== undefined ? { url: input.url } : {}),
  };
}

/** Orders an item's fields as the contract lists them, so every answer reads the same way. */
function ordered(item: DisclosureItem): DisclosureItem {
  const {
    id,
    departmentId,
    indexNumber,
    title,
    summary,
    body,
    documentNumber,
    genre,
    category,
    topics,
    keywords,
    validity,
    issuingBody,
    division,
    level,
    writtenOn,
    formedAt,
    publishedAt,
    updatedAt,
    revision,
    status,
    withdrawal,
    attachments,
    interpretationId,
    interpretsId,
    timeliness,
    url,
  } = item;
  return JSON.parse(
    JSON.stringify({
      id,
      departmentId,
      indexNumber,
      title,
      summary,
      body,
      documentNumber,
      genre,
      category,
      topics,
      keywords,
      validity,
      issuingBody,
      division,
      level,
      writtenOn,
      formedAt,
      publishedAt,
      updatedAt,
      revision,
      status,
      withdrawal,
      attachments,
      interpretationId,
      interpretsId,
      timeliness,
      url,
    }),
  ) as DisclosureItem;
}

/** The earliest formation date the kit measures from; older dates are typing mistakes, and counting from them is slow. */
const EARLIEST_FORMATION = '1949-10-01';

/** Art. 26 runs from formation to publication: an item cannot be published before it was formed. */
function checkFormation(formedAt: string, publishedAt: string): void {
  if (formedAt > chinaDateOf(publishedAt)) {
    throw new RuleViolation('Published before it was formed', [
      {
        pointer: '/formedAt',
        message: `is after the publication date ${chinaDateOf(publishedAt)}; information is published after it is formed (Art. 26)`,
      },
    ]);
  }
  if (formedAt < EARLIEST_FORMATION)
    throw new RuleViolation('Formation date out of range', [
      { pointer: '/formedAt', message: `is before ${EARLIEST_FORMATION}; check the year` },
    ]);
}

function checkLinks(input: ItemInput, id: string): void {
  if (input.interpretationId === id || input.interpretsId === id) {
    throw new RuleViolation('An item cannot interpret itself', [
      { pointer: input.interpretationId === id ? '/interpretationId' : '/interpretsId', message: `links the item ${id} to itself` },
    ]);
  }
}

/**
 * Revision 1 of an item. `timeliness` measures formation → publication against Art. 26 with the
 * calendar, recording its version.
 */
export function newItem(input: ItemInput, context: NewItemContext): DisclosureItem {
  if (input.id !== undefined && !input.id.startsWith(`${context.departmentId}:`)) {
    throw new RuleViolation('The id belongs to another department', [
      { pointer: '/id', message: `must start with "${context.departmentId}:" (ids carry the department that issues them)` },
    ]);
  }
  checkLinks(input, context.id);
  const publishedAt = canonicalTimestamp(input.publishedAt ?? context.now);
  checkFormation(input.formedAt, publishedAt);
  return ordered({
    id: context.id,
    departmentId: context.departmentId,
    indexNumber: context.indexNumber,
    ...content(input),
    publishedAt,
    updatedAt: publishedAt,
    revision: 1,
    status: 'published',
    timeliness: measureTimeliness(context.calendar, input.formedAt, chinaDateOf(publishedAt)),
  });
}

/**
 * The next revision of `previous` with the content of `input`. The publication time never
 * changes (it is the record of when the public first saw the item); a new `formedAt` is the
 * information changing, and the revision is then measured from it to now (Art. 26: "formed or
 * changed").
 */
export function revisedItem(
  previous: DisclosureItem,
  input: ItemInput,
  calendar: WorkingDayCalendar,
  now: string,
): { item: DisclosureItem; changedFields: string[] } {
  if (previous.status === 'withdrawn') {
    throw new StateConflict(
      'The item is withdrawn',
      `${previous.id} was withdrawn on ${previous.withdrawal?.withdrawnAt ?? 'an earlier date'}; a withdrawn item is kept as it was and not revised`,
    );
  }
  if (input.id !== undefined && input.id !== previous.id) {
    throw new RuleViolation('The id cannot change', [
      { pointer: '/id', message: `must be ${previous.id}, the item being revised (or left out)` },
    ]);
  }
  if (input.publishedAt !== undefined && instantMs(input.publishedAt) !== instantMs(previous.publishedAt)) {
    throw new RuleViolation('The publication time cannot change', [
      { pointer: '/publishedAt', message: `must be ${previous.publishedAt} (when the item was first published) or left out` },
    ]);
  }
  checkLinks(input, previous.id);
  const measuredTo = input.formedAt === previous.formedAt ? previous.publishedAt : now;
  checkFormation(input.formedAt, measuredTo);
  const item = ordered({
    ...previous,
    ...content(input),
    indexNumber: input.indexNumber ?? previous.indexNumber,
    updatedAt: canonicalTimestamp(now),
    revision: previous.revision + 1,
    timeliness: measureTimeliness(calendar, input.formedAt, chinaDateOf(measuredTo)),
    // Fields the input leaves out are gone in the new revision, as in any full replacement.
    ...absent(input),
  });
  return { item, changedFields: changedFields(previous, item) };
}

/** A withdrawal: the item stays visible, marked, with the reason; it is a revision of its own. */
export function withdrawnItem(previous: DisclosureItem, reason: string, now: string): DisclosureItem {
  if (previous.status === 'withdrawn') {
    throw new StateConflict(
      'Already withdrawn',
      `${previous.id} was already withdrawn on ${previous.withdrawal?.withdrawnAt ?? 'an earlier date'}`,
    );
  }
  const at = canonicalTimestamp(now);
  return ordered({
    ...previous,
    status: 'withdrawn',
    withdrawal: { withdrawnAt: at, reason },
    updatedAt: at,
    revision: previous.revision + 1,
  });
}

const OPTIONAL_CONTENT = ['summary', 'body', 'documentNumber', 'genre', 'writtenOn', 'interpretationId', 'interpretsId', 'url'] as const;

function absent(input: ItemInput): Partial<DisclosureItem> {
  return Object.fromEntries(OPTIONAL_CONTENT.filter((field) => input[field] === undefined).map((field) => [field, undefined]));
}
