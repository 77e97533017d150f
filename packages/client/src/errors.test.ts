import { describe, expect, it } from 'vitest';
import {
  GongkaiError,
  NetworkError,
  PartialResultError,
  ProblemError,
  TimeoutError,
  isGongkaiError,
  isNetworkError,
  isPartialResultError,
  isProblemError,
  isTimeoutError,
} from './errors';

const problem = {
  type: 'urn:gongkai:problem:validation',
  title: 'The request has invalid fields',
  status: 400,
  detail: 'category: must be one of regulations, agencyProfile, …',
  requestId: '01JD3V6Q9J6Z7F2Z1M8K4N5P7R',
  errors: [{ pointer: '/query/category', message: 'must be one of regulations, agencyProfile, …' }],
};

describe('the error classes', () => {
  it('carry the problem: status, type, title, detail, field errors and request id', () => {
    const error = new ProblemError(problem, 3);
    expect(error).toMatchObject({
      status: 400,
      type: problem.type,
      title: problem.title,
      detail: problem.detail,
      requestId: problem.requestId,
      retryAfterSeconds: 3,
    });
    expect(error.errors).toEqual(problem.errors);
    expect(error.problem).toBe(problem);
    expect(error.message).toBe(`${problem.title}: ${problem.detail}`);
    expect(new ProblemError({ type: 'about:blank', title: 'Bad Gateway', status: 502 }).errors).toEqual([]);
  });

  it('all share one base class, and each guard knows its own', () => {
    const errors = [new ProblemError(problem), new NetworkError('down'), new TimeoutError(100), new PartialResultError([])];
    for (const error of errors) {
      expect(error).toBeInstanceOf(GongkaiError);
      expect(isGongkaiError(error)).toBe(true);
    }
    const guards = [isProblemError, isNetworkError, isTimeoutError, isPartialResultError];
    expect(errors.map((error) => guards.map((guard) => guard(error)))).toEqual([
      [true, false, false, false],
      [false, true, false, false],
      [false, false, true, false],
      [false, false, false, true],
    ]);
  });

  it('guards by brand, so an error from another copy of the package is recognised too', () => {
    const fromAnotherCopy = Object.assign(new Error('x'), { name: 'TimeoutError', [Symbol.for('@gongkai/client/error')]: true });
    expect(isTimeoutError(fromAnotherCopy)).toBe(true);
    for (const value of [new Error('plain'), null, undefined, 'ProblemError', { name: 'ProblemError' }])
      expect(isProblemError(value)).toBe(false);
  });

  it('name the departments of a partial result', () => {
    const error = new PartialResultError([{ department: 'ln-housing', status: 504, detail: 'did not answer within 3000 ms' }]);
    expect(error.message).toBe('Departments did not answer: ln-housing (504 did not answer within 3000 ms)');
  });
});
