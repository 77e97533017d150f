/**
 * What the gateway sends, decided before it is written: the status, the headers and the bytes.
 * The builders in this folder make one per concern (a cached answer, a problem, the common
 * headers), and one small adapter each writes it to Koa (`http/write-answer.ts`) or straight to
 * node:http (`fast-path/write-answer.ts`), so both entry points send the same answer.
 */
export interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Absent for answers without a body (`304`). */
  readonly body?: { readonly type: string; readonly bytes: Buffer };
}
