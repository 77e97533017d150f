import { describe, expect, it } from 'vitest';
import { Coalescer } from './coalesce';
import { deferred } from '../../test/support/deferred';

describe('Coalescer', () => {
  it('runs one load for 100 concurrent callers of the same key', async () => {
    const coalescer = new Coalescer<string>();
    const gate = deferred<string>();
    let loads = 0;
    const load = () => {
      loads += 1;
      return gate.promise;
    };
    const callers = Array.from({ length: 100 }, () => coalescer.run('k', load));
    gate.resolve('value');
    expect(await Promise.all(callers)).toEqual(Array(100).fill('value'));
    expect(loads).toBe(1);
  });

  it('gives every waiting caller the same failure', async () => {
    const coalescer = new Coalescer<string>();
    const gate = deferred<string>();
    const callers = [coalescer.run('k', () => gate.promise), coalescer.run('k', () => gate.promise)];
    gate.reject(new Error('department down'));
    for (const caller of callers) await expect(caller).rejects.toThrow('department down');
  });

  it('keeps different keys apart', async () => {
    const coalescer = new Coalescer<string>();
    const results = await Promise.all([coalescer.run('a', async () => 'A'), coalescer.run('b', async () => 'B')]);
    expect(results).toEqual(['A', 'B']);
  });

  it('loads again once the previous load has settled', async () => {
    const coalescer = new Coalescer<number>();
    let loads = 0;
    const load = async () => (loads += 1);
    expect(await coalescer.run('k', load)).toBe(1);
    expect(coalescer.isRunning('k')).toBe(false);
    expect(await coalescer.run('k', load)).toBe(2);
  });

  it('forgets a load that threw synchronously', async () => {
    const coalescer = new Coalescer<string>();
    await expect(
      coalescer.run('k', () => {
        throw new Error('bad request');
      }),
    ).rejects.toThrow('bad request');
    expect(await coalescer.run('k', async () => 'ok')).toBe('ok');
  });

  it('tells when every running load has settled', async () => {
    const coalescer = new Coalescer<string>();
    const gate = deferred<string>();
    void coalescer.run('k', () => gate.promise).catch(() => undefined);
    const settled = coalescer.settled();
    expect(coalescer.isRunning('k')).toBe(true);
    gate.reject(new Error('x'));
    await settled;
    expect(coalescer.isRunning('k')).toBe(false);
  });
});
