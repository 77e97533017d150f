import type { Alert, AlertInput } from '@gongkai/spec';
import { RuleViolation, StateConflict } from '../domain-errors';
import { changedFields } from '../items/changed-fields';
import { canonicalTimestamp, instantMs } from '@gongkai/spec/china-time';

function checkTimes(input: AlertInput, issuedAt: string): void {
  const errors = [];
  if (instantMs(input.expiresAt) <= instantMs(issuedAt))
    errors.push({ pointer: '/expiresAt', message: `must be after the issue time ${issuedAt}` });
  if (input.effectiveAt !== undefined && instantMs(input.effectiveAt) >= instantMs(input.expiresAt)) {
    errors.push({ pointer: '/effectiveAt', message: `must be before expiresAt (${input.expiresAt})` });
  }
  if (errors.length) throw new RuleViolation('The notice expires before it starts', errors);
}

function content(input: AlertInput) {
  return {
    type: input.type,
    event: input.event,
    severity: input.severity,
    headline: input.headline,
    description: input.description,
    instructions: input.instructions,
    areas: input.areas.map((area) => ({ code: area.code, name: area.name })),
  };
}

function optional(input: AlertInput) {
  return {
    ...(input.effectiveAt !== undefined ? { effectiveAt: canonicalTimestamp(input.effectiveAt) } : {}),
    ...(input.sender !== undefined ? { sender: input.sender } : {}),
    ...(input.contact !== undefined ? { contact: input.contact } : {}),
  };
}

/** A new notice: CAP message type `alert`. */
export function newAlert(input: AlertInput, context: { departmentId: string; id: string; now: string }): Alert {
  const issuedAt = canonicalTimestamp(input.issuedAt ?? context.now);
  checkTimes(input, issuedAt);
  return {
    id: context.id,
    departmentId: context.departmentId,
    ...content(input),
    issuedAt,
    updatedAt: issuedAt,
    ...(input.effectiveAt !== undefined ? { effectiveAt: canonicalTimestamp(input.effectiveAt) } : {}),
    expiresAt: canonicalTimestamp(input.expiresAt),
    status: 'active',
    msgType: 'alert',
    ...(input.sender !== undefined ? { sender: input.sender } : {}),
    ...(input.contact !== undefined ? { contact: input.contact } : {}),
    revision: 1,
  };
}

/** A revised notice: CAP message type `update`; the original issue time stays. */
export function revisedAlert(previous: Alert, input: AlertInput, now: string): { record: Alert; changedFields: string[] } {
  if (previous.status === 'cancelled')
    throw new StateConflict(
      'The notice is cancelled',
      `${previous.id} was cancelled on ${previous.updatedAt}; publish a new notice instead`,
    );
  if (input.id !== undefined && input.id !== previous.id)
    throw new RuleViolation('The id cannot change', [{ pointer: '/id', message: `must be ${previous.id} or left out` }]);
  if (input.issuedAt !== undefined && instantMs(input.issuedAt) !== instantMs(previous.issuedAt)) {
    throw new RuleViolation('The issue time cannot change', [
      { pointer: '/issuedAt', message: `must be ${previous.issuedAt} or left out` },
    ]);
  }
  checkTimes(input, previous.issuedAt);
  const { effectiveAt: _e, sender: _s, contact: _c, ...kept } = previous;
  const record: Alert = {
    ...kept,
    ...content(input),
    ...optional(input),
    expiresAt: canonicalTimestamp(input.expiresAt),
    status: 'active',
    msgType: 'update',
    updatedAt: canonicalTimestamp(now),
    revision: (previous.revision ?? 1) + 1,
  };
  return { record, changedFields: changedFields(previous, record) };
}

/** A withdrawal is a CAP `cancel` (解除预警): the notice stays visible, cancelled. */
export function cancelledAlert(previous: Alert, now: string, reason: string): Alert {
  if (previous.status === 'cancelled')
    throw new StateConflict('Already cancelled', `${previous.id} was already cancelled on ${previous.updatedAt}`);
  const at = canonicalTimestamp(now);
  return {
    ...previous,
    status: 'cancelled',
    msgType: 'cancel',
    updatedAt: at,
    revision: (previous.revision ?? 1) + 1,
    cancellation: { withdrawnAt: at, reason },
  };
}

/** `expired` once `expiresAt` has passed; decided when answering, since it depends on the moment. */
export function alertView(alert: Alert, now: Date): Alert {
  if (alert.status === 'cancelled' || instantMs(alert.expiresAt) > now.getTime()) return alert;
  return { ...alert, status: 'expired' };
}
