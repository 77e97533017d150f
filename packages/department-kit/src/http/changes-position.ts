import { encodeCursor } from './list-cursor';

/** A position in the changes feed: after this sequence number. Valid whatever the filters, so not bound to them. */
export const changesPosition = (sequence: number): string => encodeCursor([sequence, 'changes'], {});
