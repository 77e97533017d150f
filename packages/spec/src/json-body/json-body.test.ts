import { describe, expect, it } from 'vitest';
import { charsetOf, jsonBodyText } from './json-body';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('jsonBodyText', () => {
  it('decodes UTF-8, with or without a charset parameter', () => {
    const body = new TextEncoder().encode('{"subject":"公租房"}');
    for (const type of ['application/json', 'application/json; charset=utf-8', 'application/json;charset="UTF-8"', undefined])
      expect(jsonBodyText(body, type)).toEqual({ ok: true, text: '{"subject":"公租房"}' });
  });

  it('refuses bytes that are not UTF-8 with 400 instead of replacing them', () => {
    expect(jsonBodyText(bytes(0xff, 0xfe, 0xc3, 0x28), 'application/json')).toMatchObject({ ok: false, status: 400 });
    // A lone surrogate encoded as UTF-8 (CESU) is not UTF-8 either.
    expect(jsonBodyText(bytes(0x22, 0xed, 0xa0, 0x80, 0x22), 'application/json')).toMatchObject({ ok: false, status: 400 });
  });

  it('refuses another charset with 415 rather than misreading it', () => {
    for (const charset of ['gbk', 'ISO-8859-1', 'utf-16'])
      expect(jsonBodyText(bytes(0x7b, 0x7d), `application/json; charset=${charset}`)).toMatchObject({ ok: false, status: 415 });
    expect(charsetOf('application/json; Charset="GB2312"')).toBe('gb2312');
    expect(charsetOf('application/json')).toBeUndefined();
  });
});

describe('isClientAbort', () => {
  it('tells a client that went away from a failure', async () => {
    const { isClientAbort } = await import('./client-abort');
    expect(isClientAbort(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isClientAbort(Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' }))).toBe(true);
    expect(isClientAbort(new Error('SQLITE_BUSY'))).toBe(false);
    expect(isClientAbort(undefined)).toBe(false);
  });
});
