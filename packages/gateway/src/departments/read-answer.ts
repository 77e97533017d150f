import type { Readable } from 'node:stream';

/** Thrown when a department's answer is larger than the gateway will hold. */
export class AnswerTooLargeError extends Error {
  override readonly name = 'AnswerTooLargeError';

  constructor(readonly maxBytes: number) {
    super(`answered more than ${maxBytes} bytes`);
  }
}

/**
 * A department's answer body, read as it arrives and counted: past `maxBytes` the stream is
 * destroyed (the connection with it) and `AnswerTooLargeError` thrown, so a department sending
 * 400 MB costs the gateway at most `maxBytes`, not the whole answer. A declared
 * `Content-Length` over the cap is refused before a byte is read.
 */
export async function readAnswer(body: Readable, contentLength: string | string[] | undefined, maxBytes: number): Promise<Buffer> {
  const declared = Number(Array.isArray(contentLength) ? contentLength[0] : contentLength);
  if (Number.isFinite(declared) && declared > maxBytes) {
    body.destroy();
    throw new AnswerTooLargeError(maxBytes);
  }
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of body) {
    received += (chunk as Buffer).length;
    if (received > maxBytes) {
      body.destroy();
      throw new AnswerTooLargeError(maxBytes);
    }
    chunks.push(chunk as Buffer);
  }
  return ownedCopy(chunks, received);
}

/**
 * The chunks in one buffer of its own. A socket's chunk is a view into the (up to 64 KiB) memory
 * of its read, and `Buffer.concat` of less than 4 KiB a view into a shared pool slab: an answer
 * kept for revalidation or in the cache would pin that whole memory, not its own bytes.
 */
function ownedCopy(chunks: readonly Buffer[], length: number): Buffer {
  const only = chunks.length === 1 ? chunks[0]! : undefined;
  if (only && only.byteOffset === 0 && only.byteLength === only.buffer.byteLength) return only;
  const copy = Buffer.allocUnsafeSlow(length);
  let offset = 0;
  for (const chunk of chunks) offset += chunk.copy(copy, offset);
  return copy;
}
