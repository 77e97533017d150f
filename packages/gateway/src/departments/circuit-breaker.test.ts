import { describe, expect, it } from 'vitest';
import { CircuitBreaker, CircuitBreakers, CircuitOpenError, type CircuitBreakerOptions, type CircuitStateChange } from './circuit-breaker';
import { deferred } from '../../test/support/deferred';

function setup(options: CircuitBreakerOptions = {}) {
  const clock = { now: 1_000 };
  const changes: CircuitStateChange[] = [];
  const breaker = new CircuitBreaker('ln-finance', {
    failureThreshold: 3,
    openMs: 10_000,
    now: () => clock.now,
    onStateChange: (change) => changes.push(change),
    ...options,
  });
  return { breaker, clock, changes };
}

const fail =
  (message = 'connect ECONNREFUSED') =>
  () =>
    Promise.reject(new Error(message));
const succeed = () => Promise.resolve('ok');

async function failTimes(breaker: CircuitBreaker, times: number): Promise<void> {
  for (let i = 0; i < times; i += 1) await breaker.call(fail()).catch(() => undefined);
}

describe('CircuitBreaker', () => {
  it('passes calls and their results through while closed', async () => {
    const { breaker } = setup();
    await expect(breaker.call(succeed)).resolves.toBe('ok');
    await expect(breaker.call(fail('boom'))).rejects.toThrow('boom');
    expect(breaker.state).toBe('closed');
  });

  it('opens after the configured number of consecutive failures', async () => {
    const { breaker, changes } = setup();
    await failTimes(breaker, 2);
    expect(breaker.state).toBe('closed');
    await failTimes(breaker, 1);
    expect(breaker.state).toBe('open');
    expect(changes).toEqual([{ department: 'ln-finance', from: 'closed', to: 'open', at: 1_000 }]);
  });

  it('counts only consecutive failures: a success in between starts over', async () => {
    const { breaker } = setup();
    await failTimes(breaker, 2);
    await breaker.call(succeed);
    await failTimes(breaker, 2);
    expect(breaker.state).toBe('closed');
  });

  it('opens after five failures by default', async () => {
    const breaker = new CircuitBreaker('d');
    await failTimes(breaker, 4);
    expect(breaker.state).toBe('closed');
    await failTimes(breaker, 1);
    expect(breaker.state).toBe('open');
  });

  it('fails fast while open, without calling the department', async () => {
    const { breaker, clock } = setup();
    await failTimes(breaker, 3);
    clock.now += 4_000;
    let called = false;
    const attempt = breaker.call(async () => {
      called = true;
      return 'ok';
    });
    await expect(attempt).rejects.toBeInstanceOf(CircuitOpenError);
    await expect(attempt).rejects.toMatchObject({ status: 503, department: 'ln-finance', retryAfterMs: 6_000 });
    expect(called).toBe(false);
  });

  it('lets exactly one probe through after the cool-down and fails the others fast', async () => {
    const { breaker, clock } = setup();
    await failTimes(breaker, 3);
    clock.now += 10_000;
    const probe = deferred<string>();
    const probing = breaker.call(() => probe.promise);
    expect(breaker.state).toBe('halfOpen');
    await expect(breaker.call(succeed)).rejects.toMatchObject({ name: 'CircuitOpenError', retryAfterMs: 0 });
    probe.resolve('back');
    await expect(probing).resolves.toBe('back');
  });

  it('turns half-open when the open window ends, without any call', async () => {
    const { breaker, clock, changes } = setup();
    await failTimes(breaker, 3);
    clock.now += 9_999;
    expect(breaker.state).toBe('open');
    clock.now += 1;
    expect(breaker.state).toBe('halfOpen');
    expect(breaker.snapshot()).toMatchObject({ state: 'halfOpen', openedAt: 1_000 });
    expect(changes.map(({ from, to, at }) => `${from}→${to}@${at}`)).toEqual(['closed→open@1000', 'open→halfOpen@11000']);
  });

  it('lets the probe through once read half-open, and only the one', async () => {
    const { breaker, clock } = setup();
    await failTimes(breaker, 3);
    clock.now += 10_000;
    expect(breaker.state).toBe('halfOpen');
    const probe = deferred<string>();
    const probing = breaker.call(() => probe.promise);
    await expect(breaker.call(succeed)).rejects.toMatchObject({ name: 'CircuitOpenError', retryAfterMs: 0 });
    probe.resolve('back');
    await expect(probing).resolves.toBe('back');
    expect(breaker.state).toBe('closed');
  });

  it('closes when the probe succeeds', async () => {
    const { breaker, clock, changes } = setup();
    await failTimes(breaker, 3);
    clock.now += 10_000;
    await breaker.call(succeed);
    expect(breaker.snapshot()).toEqual({ state: 'closed', consecutiveFailures: 0, openedAt: null, lastError: 'connect ECONNREFUSED' });
    expect(changes.map(({ from, to }) => `${from}→${to}`)).toEqual(['closed→open', 'open→halfOpen', 'halfOpen→closed']);
  });

  it('reopens when the probe fails, and the cool-down starts again', async () => {
    const { breaker, clock } = setup();
    await failTimes(breaker, 3);
    clock.now += 10_000;
    await breaker.call(fail('still down')).catch(() => undefined);
    expect(breaker.snapshot()).toEqual({ state: 'open', consecutiveFailures: 4, openedAt: 11_000, lastError: 'still down' });
    clock.now += 9_999;
    await expect(breaker.call(succeed)).rejects.toBeInstanceOf(CircuitOpenError);
    clock.now += 1;
    await expect(breaker.call(succeed)).resolves.toBe('ok');
  });

  it('does not let a slow call that started before the circuit opened close it', async () => {
    const { breaker } = setup();
    const slow = deferred<string>();
    const slowCall = breaker.call(() => slow.promise);
    await failTimes(breaker, 3);
    slow.resolve('late');
    await expect(slowCall).resolves.toBe('late');
    expect(breaker.state).toBe('open');
  });
});

describe('CircuitBreakers', () => {
  it('keeps one independent breaker per department', async () => {
    const breakers = new CircuitBreakers({ failureThreshold: 1, now: () => 42 });
    await breakers
      .for('ln-finance')
      .call(fail())
      .catch(() => undefined);
    await breakers.for('ln-housing').call(succeed);
    expect(breakers.for('ln-finance')).toBe(breakers.for('ln-finance'));
    expect(breakers.for('ln-finance').snapshot()).toEqual({
      state: 'open',
      consecutiveFailures: 1,
      openedAt: 42,
      lastError: 'connect ECONNREFUSED',
    });
    expect(breakers.for('ln-housing').snapshot()).toEqual({ state: 'closed', consecutiveFailures: 0, openedAt: null, lastError: null });
  });
});
