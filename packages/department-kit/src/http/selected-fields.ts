import { checkFieldNames, selectFields } from '@gongkai/spec';

/**
 * What a list answers of each record with `fields=`: the view cut down to those fields (and
 * `id`); without it the view itself. The names are checked first, against the contract's schema
 * of one record (`schemaName`), so that an unknown one is a 400 before any reading.
 */
export function selectedView<T, R extends object>(
  schemaName: string,
  fields: readonly string[] | undefined,
  view: (record: T) => R,
): (record: T) => R | Partial<R> {
  if (!fields) return view;
  checkFieldNames(schemaName, fields);
  return (record) => selectFields(view(record), fields);
}
