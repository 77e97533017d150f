import { Counter, Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { KeyedCounter, KeyedHistogram } from './keyed-series';

const BUCKETS = [0.001, 0.005, 0.01, 0.25, 1];
const LABELS = ['operation', 'method', 'status'];

function histograms() {
  const ours = new Registry();
  const theirs = new Registry();
  const keyed = new KeyedHistogram({ name: 'request_seconds', help: 'Requests.', labelNames: LABELS, buckets: BUCKETS, registers: [ours] });
  const reference = new Histogram({
    name: 'request_seconds',
    help: 'Requests.',
    labelNames: LABELS,
    buckets: BUCKETS,
    registers: [theirs],
  });
  const observe = (values: [string, string, string], value: number) => {
    keyed.observe(values, value);
    reference.observe({ operation: values[0], method: values[1], status: values[2] }, value);
  };
  return { ours, theirs, keyed, observe };
}

describe('KeyedHistogram', () => {
  it('exposes exactly what prom-client’s histogram exposes for the same observations', async () => {
    const { ours, theirs, observe } = histograms();
    // On a bound (it counts in that bucket), between bounds, below the first, above the last, and
    // label values the exposition must escape.
    for (const value of [0.001, 0.0011, 0, 0.3, 7, 1, 0.25]) observe(['listItems', 'GET', '200'], value);
    observe(['getItem', 'GET', '404'], 0.004);
    observe(['say "hi"\nback\\slash', 'POST', '201'], 0.02);
    observe(['listItems', 'GET', '200'], 0.009);

    const exposed = await ours.metrics();
    expect(exposed).toBe(await theirs.metrics());
    expect(exposed).toContain('request_seconds_count{operation="listItems",method="GET",status="200"} 8');
    expect(exposed).toContain('request_seconds_bucket{le="0.001",operation="listItems",method="GET",status="200"} 2');
    // prom-client's values carry an `exemplar` slot (OpenMetrics); these histograms keep none.
    const withoutExemplars = JSON.parse(
      JSON.stringify(await theirs.getMetricsAsJSON(), (key, value: unknown) => (key === 'exemplar' ? undefined : value)),
    );
    expect(await ours.getMetricsAsJSON()).toEqual(withoutExemplars);
  });

  it('starts again from nothing when the registry is reset', async () => {
    const { ours, theirs, observe } = histograms();
    observe(['listItems', 'GET', '200'], 0.002);
    ours.resetMetrics();
    theirs.resetMetrics();
    observe(['getItem', 'GET', '200'], 0.5);
    const exposed = await ours.metrics();
    expect(exposed).toBe(await theirs.metrics());
    expect(exposed).not.toContain('listItems');
  });

  it('refuses label values that do not match its label names, and values that are not numbers', () => {
    const { keyed } = histograms();
    expect(() => keyed.observe(['listItems', 'GET'], 0.1)).toThrow(/takes 3 label values \(operation, method, status\), got 2/);
    expect(() => keyed.observe(['listItems', 'GET', '200'], Number.NaN)).toThrow(TypeError);
  });

  it('refuses bounds that do not ascend', () => {
    expect(() => new KeyedHistogram({ name: 'x', help: 'x', labelNames: [], buckets: [1, 0.5], registers: [] })).toThrow(/ascend/);
  });
});

describe('KeyedCounter', () => {
  it('exposes exactly what prom-client’s counter exposes for the same increments', async () => {
    const ours = new Registry();
    const theirs = new Registry();
    const keyed = new KeyedCounter({ name: 'lookups_total', help: 'Lookups.', labelNames: ['result'], registers: [ours] });
    const reference = new Counter({ name: 'lookups_total', help: 'Lookups.', labelNames: ['result'], registers: [theirs] });
    for (const result of ['miss', 'fresh', 'miss', 'stale-if-error', 'miss']) {
      keyed.inc([result]);
      reference.inc({ result });
    }
    keyed.inc(['fresh'], 2.5);
    reference.inc({ result: 'fresh' }, 2.5);
    const exposed = await ours.metrics();
    expect(exposed).toBe(await theirs.metrics());
    expect(exposed).toContain('lookups_total{result="miss"} 3');
    expect(() => keyed.inc(['miss'], -1)).toThrow(/only goes up/);
  });
});
