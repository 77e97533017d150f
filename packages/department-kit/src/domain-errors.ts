import type { FieldError } from '@gongkai/spec';

/**
 * Input that is well-formed but breaks a rule of the law or of the record's history (an
 * extension after the due date, a budget that does not add up). The HTTP layer answers 422 with
 * the `errors`; an import reports them against the record.
 */
export class RuleViolation extends Error {
  override readonly name = 'RuleViolation';

  constructor(
    /** Short summary for the problem's `title`. */
    readonly title: string,
    readonly errors: readonly FieldError[],
    /** A stable code for the rule, when there is one (`EXTENSION_AFTER_DUE_DATE`). */
    readonly rule?: string,
    detail?: string,
  ) {
    super(detail ?? errors.map((error) => `${error.pointer}: ${error.message}`).join('; '));
  }
}

/** The record is not in a state that allows the operation (already withdrawn, already rated). The HTTP layer answers 409. */
export class StateConflict extends Error {
  override readonly name = 'StateConflict';

  constructor(
    readonly title: string,
    detail: string,
  ) {
    super(detail);
  }
}
