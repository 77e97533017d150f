import type { RepresentationOptions } from '../types';

/** The init of a call that asks for a text representation (CSV, Atom, CAP), read as text or handed over as a stream. */
export function representation(accept: string, options: RepresentationOptions = {}) {
  return { ...options, headers: { Accept: accept }, parseAs: options.as ?? 'text' };
}
