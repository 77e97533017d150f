import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AnswerTooLargeError, readAnswer } from './read-answer';

describe('readAnswer', () => {
  it('returns the bytes in a buffer of their own, not a view pinning larger memory', async () => {
    const slab = Buffer.alloc(64 * 1024, 0x61);
    const body = await readAnswer(Readable.from([slab.subarray(10, 20), slab.subarray(30, 35)]), undefined, 1024);
    expect(body.toString()).toBe('a'.repeat(15));
    expect(body.buffer.byteLength).toBe(15);
    const single = await readAnswer(Readable.from([slab.subarray(0, 100)]), '100', 1024);
    expect(single.buffer.byteLength).toBe(100);
  });

  it('stops reading past the cap, and refuses a declared length over it unread', async () => {
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled += 1;
        this.push(Buffer.alloc(1024));
      },
    });
    await expect(readAnswer(endless, undefined, 4096)).rejects.toBeInstanceOf(AnswerTooLargeError);
    expect(endless.destroyed).toBe(true);
    expect(pulled).toBeLessThan(10);
    const declared = Readable.from([Buffer.alloc(10)]);
    await expect(readAnswer(declared, '5000', 4096)).rejects.toThrow('answered more than 4096 bytes');
    expect(declared.destroyed).toBe(true);
  });
});
