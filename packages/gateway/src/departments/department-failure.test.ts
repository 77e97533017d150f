import { describe, expect, it } from 'vitest';
import { failureOf } from './department-failure';

describe('failureOf', () => {
  it('keeps a status the error declares, such as an open circuit', () => {
    expect(failureOf('d', Object.assign(new Error('Circuit open'), { status: 503 }))).toEqual({
      department: 'd',
      status: 503,
      detail: 'Circuit open',
    });
  });

  it('keeps the detail an upstream error phrased for clients', () => {
    const upstream = Object.assign(new Error('ln-finance: did not answer within 3000 ms'), {
      status: 504,
      detail: 'did not answer within 3000 ms',
    });
    expect(failureOf('ln-finance', upstream)).toEqual({ department: 'ln-finance', status: 504, detail: 'did not answer within 3000 ms' });
  });

  it('reports timeouts as 504', () => {
    expect(failureOf('d', new DOMException('The operation timed out.', 'TimeoutError')).status).toBe(504);
  });

  it('reports other errors as 502 without leaking internal addresses', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.3.7:4001'), { code: 'ECONNREFUSED' });
    expect(failureOf('d', refused)).toEqual({ department: 'd', status: 502, detail: 'The department refused the connection.' });
    expect(failureOf('d', 'weird')).toEqual({ department: 'd', status: 502, detail: 'weird' });
  });
});
