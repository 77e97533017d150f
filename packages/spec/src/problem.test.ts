import { describe, expect, it } from 'vitest';
import { ApiError, problem, validationProblem } from './problem';
import { validateSchema } from './validate';

describe('problem', () => {
  it('builds a body that conforms to the Problem schema', () => {
    const body = problem('not-found', 404, { detail: 'No item ln-finance:1.', instance: '/v1/items/ln-finance:1', requestId: 'r1' });
    expect(body).toEqual({
      type: 'urn:gongkai:problem:not-found',
      title: 'Not found',
      status: 404,
      detail: 'No item ln-finance:1.',
      instance: '/v1/items/ln-finance:1',
      requestId: 'r1',
    });
    expect(validateSchema('Problem', body).ok).toBe(true);
  });

  it('summarizes invalid fields in the detail of a validation problem', () => {
    const body = validationProblem([{ pointer: '/query/limit', message: 'must be <= 100' }]);
    expect(body.status).toBe(400);
    expect(body.detail).toBe('/query/limit: must be <= 100');
    expect(body.errors).toHaveLength(1);
  });

  it('carries the problem and extra headers in an ApiError', () => {
    const error = new ApiError(problem('rate-limited', 429, { detail: 'retry later' }), { 'Retry-After': '5' });
    expect(error.status).toBe(429);
    expect(error.headers).toEqual({ 'Retry-After': '5' });
    expect(error.message).toBe('retry later');
  });
});
