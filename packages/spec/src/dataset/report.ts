import type { DatasetError } from './types';

/** Collects every error of one validation, each with the record path a person reads. */
export class Report {
  readonly errors: DatasetError[] = [];
  add(pointer: string, message: string): void {
    this.errors.push({ path: pathOf(pointer), message });
  }
}

/** `/items/3/item/documentNumber` → `items[3].item.documentNumber`. */
export function pathOf(pointer: string): string {
  let path = '';
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(segment)) path += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) path += path ? `.${segment}` : segment;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}
