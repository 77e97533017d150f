import type { OperationTypes } from '@gongkai/spec';
import type { CallOptions } from './transport/client-options';

/** The query parameters of a contract operation, as the contract types them. */
export type QueryOf<OperationId extends keyof OperationTypes> = NonNullable<OperationTypes[OperationId]['parameters']['query']>;

/** How a text representation (CSV, Atom, CAP) is handed over: read into a string, or as the body stream. */
export type As = 'text' | 'stream';

export interface RepresentationOptions<A extends As = As> extends CallOptions {
  /** `'text'` (default) reads the whole body into a string; `'stream'` hands over the body as it arrives. */
  readonly as?: A;
}

export type Representation<A extends As> = A extends 'stream' ? ReadableStream<Uint8Array> : string;
