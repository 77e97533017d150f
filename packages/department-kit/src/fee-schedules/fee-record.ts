import type { FeeInput, FeeSchedule } from '@gongkai/spec';
import type { CalendarDate } from '../calendar/calendar-date';
import { RuleViolation, StateConflict } from '../domain-errors';
import { changedFields } from '../items/changed-fields';
import { canonicalTimestamp } from '@gongkai/spec/china-time';

function checkValidity(input: FeeInput): void {
  if (input.validTo !== undefined && input.validTo < input.validFrom) {
    throw new RuleViolation('The validity period is reversed', [
      { pointer: '/validTo', message: `must not be before validFrom (${input.validFrom})` },
    ]);
  }
}

function content(input: FeeInput): Omit<FeeSchedule, 'id' | 'departmentId' | 'status' | 'publishedAt' | 'updatedAt' | 'revision'> {
  return JSON.parse(
    JSON.stringify({
      code: input.code,
      name: input.name,
      standard: input.standard,
      legalBasis: input.legalBasis,
      approvingAuthority: input.approvingAuthority,
      approvalDocumentNumber: input.approvalDocumentNumber,
      collectingBody: input.collectingBody,
      division: { code: input.division.code, name: input.division.name },
      level: input.level,
      validFrom: input.validFrom,
      validTo: input.validTo,
    }),
  ) as Omit<FeeSchedule, 'id' | 'departmentId' | 'status' | 'publishedAt' | 'updatedAt' | 'revision'>;
}

export function newFee(input: FeeInput, context: { departmentId: string; id: string; now: string }): FeeSchedule {
  checkValidity(input);
  const publishedAt = canonicalTimestamp(input.publishedAt ?? context.now);
  const { code, ...rest } = content(input);
  return {
    id: context.id,
    departmentId: context.departmentId,
    ...(code !== undefined ? { code } : {}),
    ...rest,
    status: 'active',
    publishedAt,
    updatedAt: publishedAt,
    revision: 1,
  };
}

export function revisedFee(previous: FeeSchedule, input: FeeInput, now: string): { record: FeeSchedule; changedFields: string[] } {
  if (previous.status === 'withdrawn')
    throw new StateConflict('The fee schedule is withdrawn', `${previous.id} was withdrawn; a withdrawn record is kept as it was`);
  if (input.id !== undefined && input.id !== previous.id)
    throw new RuleViolation('The id cannot change', [{ pointer: '/id', message: `must be ${previous.id} or left out` }]);
  checkValidity(input);
  const { code, ...rest } = content(input);
  const record: FeeSchedule = {
    id: previous.id,
    departmentId: previous.departmentId,
    ...(code !== undefined ? { code } : {}),
    ...rest,
    status: 'active',
    publishedAt: previous.publishedAt,
    updatedAt: canonicalTimestamp(now),
    revision: (previous.revision ?? 1) + 1,
  };
  return { record, changedFields: changedFields(previous, record) };
}

export function withdrawnFee(previous: FeeSchedule, reason: string, now: string): FeeSchedule {
  if (previous.status === 'withdrawn') throw new StateConflict('Already withdrawn', `${previous.id} was already withdrawn`);
  const at = canonicalTimestamp(now);
  return {
    ...previous,
    status: 'withdrawn',
    withdrawal: { withdrawnAt: at, reason },
    updatedAt: at,
    revision: (previous.revision ?? 1) + 1,
  };
}

/** `expired` once `validTo` has passed (China date); decided when answering, since it depends on the day. */
export function feeView(fee: FeeSchedule, today: CalendarDate): FeeSchedule {
  if (fee.status === 'withdrawn' || fee.validTo === undefined || fee.validTo >= today) return fee;
  return { ...fee, status: 'expired' };
}
