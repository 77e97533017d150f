import type { DisclosureItem, ItemInput } from '@gongkai/spec';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { RuleViolation, StateConflict } from '../domain-errors';
import { canonicalTimestamp, chinaDateOf, instantMs } from '@gongkai/spec/china-time';
import { changedFields } from './changed-fields';
import { ordered } from './item-field-order';
import { publicationLimitOf, type PublicationLimits } from './publication-limits';
import { measureTimeliness } from './timeliness';

/** How a record's times come about: recorded by the kit now, or imported from an earlier system with their own times. */
export interface RecordingOptions {
  /**
   * A dataset import (a migration): the input's `publishedAt` is kept and the item says
   * `publicationRecord: imported`; its timeliness is declared, not measured. Otherwise the
   * publication time is `now` and an input `publishedAt` is refused.
   */
  readonly imported?: boolean;
  /** Shorter legal limits per category (Art. 26's 20 working days otherwise). */
  readonly publicationLimits?: PublicationLimits;
}

/** What an item needs besides its input: who publishes it, by which calendar, with which id. */
export interface NewItemContext extends RecordingOptions {
  readonly departmentId: string;
  readonly calendar: WorkingDayCalendar;
  readonly id: string;
  readonly indexNumber: string;
  /** Now (RFC 3339): the publication time (an import's is the input's). */
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
    ...(input.publishedElsewhere !== undefined ? { publishedElsewhere: { ...input.publishedElsewhere } } : {}),
    ...(input.decisions !== undefined ? { decisions: input.decisions.map((decision) => ({ ...decision })) } : {}),
  };
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

const DECISION_GENRES: readonly string[] = ['licensingDecision', 'penaltyDecision', 'coercionDecision'];

/** An earlier publication elsewhere lies between formation and this publication; decisions belong to decision notices. */
function checkDeclarations(input: ItemInput, publishedAt: string): void {
  const elsewhere = input.publishedElsewhere;
  if (elsewhere && (elsewhere.publishedOn < input.formedAt || elsewhere.publishedOn > chinaDateOf(publishedAt)))
    throw new RuleViolation('Publication elsewhere out of range', [
      {
        pointer: '/publishedElsewhere/publishedOn',
        message: `must lie between the formation (${input.formedAt}) and this publication (${chinaDateOf(publishedAt)}): it declares an earlier publication of the same information`,
      },
    ]);
  if (input.decisions !== undefined && !DECISION_GENRES.includes(input.genre ?? ''))
    throw new RuleViolation('Decisions on a notice that is not a decision notice', [
      {
        pointer: '/decisions',
        message: `lists decisions, which only a notice of genre ${DECISION_GENRES.join(', ')} does (table 2 counts them)`,
      },
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
 * Revision 1 of an item. Its `publishedAt` is `now`, the time the kit records it (Art. 26 is
 * measured from it, so it cannot be back-dated); only an import keeps an earlier system's time,
 * labelled `imported`. `timeliness` measures formation → publication against the category's limit
 * with the calendar, recording its version.
 */
export function newItem(input: ItemInput, context: NewItemContext): DisclosureItem {
  if (input.id !== undefined && !input.id.startsWith(`${context.departmentId}:`)) {
    throw new RuleViolation('The id belongs to another department', [
      { pointer: '/id', message: `must start with "${context.departmentId}:" (ids carry the department that issues them)` },
    ]);
  }
  if (input.publishedAt !== undefined && !context.imported)
    throw new RuleViolation(
      'The publication time is recorded, not given',
      [
        {
          pointer: '/publishedAt',
          message:
            'is set by the department kit when it records the item (Art. 26 is measured from it) and cannot be given; state an earlier publication elsewhere in publishedElsewhere',
        },
      ],
      'PUBLICATION_TIME_RECORDED',
    );
  checkLinks(input, context.id);
  const publishedAt = canonicalTimestamp(context.imported ? (input.publishedAt ?? context.now) : context.now);
  checkFormation(input.formedAt, publishedAt);
  checkDeclarations(input, publishedAt);
  return ordered({
    id: context.id,
    departmentId: context.departmentId,
    indexNumber: context.indexNumber,
    ...content(input),
    publishedAt,
    publicationRecord: context.imported ? 'imported' : 'recorded',
    updatedAt: publishedAt,
    revision: 1,
    status: 'published',
    timeliness: measureTimeliness(context.calendar, input.formedAt, chinaDateOf(publishedAt), {
      limit: publicationLimitOf(input.category, context.publicationLimits),
      basis: context.imported ? 'declared' : 'measured',
      ...(input.publishedElsewhere ? { elsewhereOn: input.publishedElsewhere.publishedOn } : {}),
    }),
  });
}

/**
 * The next revision of `previous` with the content of `input`. The publication time never
 * changes (it is the record of when the public first saw the item); a new `formedAt` is the
 * information changing, and the revision is then measured from it to now (Art. 26: "formed or
 * changed"), declared rather than measured when the revision is imported.
 */
export function revisedItem(
  previous: DisclosureItem,
  input: ItemInput,
  calendar: WorkingDayCalendar,
  now: string,
  options: RecordingOptions = {},
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
  const unchanged = input.formedAt === previous.formedAt;
  const measuredTo = unchanged ? previous.publishedAt : now;
  checkFormation(input.formedAt, measuredTo);
  checkDeclarations(input, measuredTo);
  const previousBasis = previous.timeliness?.basis ?? (previous.publicationRecord === 'imported' ? 'declared' : 'measured');
  const item = ordered({
    ...previous,
    ...content(input),
    indexNumber: input.indexNumber ?? previous.indexNumber,
    updatedAt: canonicalTimestamp(now),
    revision: previous.revision + 1,
    timeliness: measureTimeliness(calendar, input.formedAt, chinaDateOf(measuredTo), {
      limit: publicationLimitOf(input.category, options.publicationLimits),
      basis: unchanged ? previousBasis : options.imported ? 'declared' : 'measured',
      ...(input.publishedElsewhere ? { elsewhereOn: input.publishedElsewhere.publishedOn } : {}),
    }),
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

const OPTIONAL_CONTENT = [
  'summary',
  'body',
  'documentNumber',
  'genre',
  'writtenOn',
  'interpretationId',
  'interpretsId',
  'url',
  'publishedElsewhere',
  'decisions',
] as const;

function absent(input: ItemInput): Partial<DisclosureItem> {
  return Object.fromEntries(OPTIONAL_CONTENT.filter((field) => input[field] === undefined).map((field) => [field, undefined]));
}
