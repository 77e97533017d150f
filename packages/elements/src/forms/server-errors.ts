import type { FieldError } from '@gongkai/spec';
import type { Field, FieldErrors } from './field';
import type { FormStrings } from './form.strings';

/**
 * The server's 422 `errors[]` on the form's fields: a pointer at a field or inside it
 * (`/applicant/contact/phone`), or at an object holding fields (`/applicant/contact`, which needs
 * one of them: the first one gets the message). Pointers that match no field are left for the
 * form-level notice.
 */
export function serverFieldErrors(
  errors: readonly FieldError[],
  fields: readonly Field[],
  s: FormStrings,
): { byField: FieldErrors; unmatched: FieldError[] } {
  const byField: FieldErrors = {};
  const unmatched: FieldError[] = [];
  for (const error of errors) {
    const field =
      fields.find((f) => error.pointer === f.pointer || error.pointer.startsWith(`${f.pointer}/`)) ??
      fields.find((f) => f.pointer.startsWith(`${error.pointer}/`));
    if (field) byField[field.name] ??= s.format(field.label);
    else unmatched.push(error);
  }
  return { byField, unmatched };
}
