import { describe, expect, it } from 'vitest';
import { isAcceptableRequestId, requestIdOf } from './request-id';

describe('request ids', () => {
  it('keep a caller’s plain id, so one id follows the request through gateway and department', () => {
    expect(requestIdOf('trace-12345678')).toBe('trace-12345678');
    expect(requestIdOf('01JD3V6Q9J6Z7F2Z1M8K4N5P7R')).toBe('01JD3V6Q9J6Z7F2Z1M8K4N5P7R');
    expect(requestIdOf('gw:2026.05.15_0001')).toBe('gw:2026.05.15_0001');
  });

  it('replace what could inject into logs or headers, and what is too short or too long to trace', () => {
    for (const hostile of ['bad id with spaces', '<script>', 'short', 'x'.repeat(129), 'line\nbreak-123', undefined, 42]) {
      expect(isAcceptableRequestId(hostile)).toBe(false);
      expect(requestIdOf(hostile)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });
});
