import type { Field, FieldErrors, Values } from './field';
import type { FormStrings } from './form.strings';

// The contract's rules, checked before sending so the visitor hears at once which field to fix;
// the server checks again and its 422 is mapped back onto the same fields.
// Deliberately lenient on e-mail (anything@anything): the server's exact check has the last word.
const EMAIL = /^[^@\s]+@[^@\s]+$/;

/** The message for one field (naming it), or undefined when its value is fine. */
export function fieldError(field: Field, value: string, s: FormStrings): string | undefined {
  const v = value.trim();
  if (!v) return field.required ? s.required(field.label) : undefined;
  const length = [...v].length;
  if (field.max && (length < (field.min ?? 0) || length > field.max)) return s.length(field.label, field.min, field.max);
  if ((field.pattern && !field.pattern.test(v)) || (field.type === 'email' && !EMAIL.test(v))) return s.format(field.label);
  return undefined;
}

export function checkFields(fields: readonly Field[], values: Values, s: FormStrings): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of fields) {
    const message = fieldError(field, values[field.name] ?? '', s);
    if (message) errors[field.name] = message;
  }
  return errors;
}
