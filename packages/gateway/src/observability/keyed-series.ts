/**
 * A Prometheus histogram and counter for what the gateway records on every request (its duration,
 * each department call's duration, how the cache answered), whose series are found by one `Map`
 * lookup on their label values joined.
 *
 * Hand-written on purpose: prom-client's `observe` and `inc` check the label names and build a hash
 * of the labels on every call (about 1 µs each, measured), and an answered read records three
 * times — about a twentieth of the gateway's CPU time per request under load
 * (docs/performance.md). prom-client still serves them: both register in its `Registry` as metrics
 * of their own and give it the values its own histogram and counter would, so `/metrics` reads the
 * same; only the recording is ours.
 */
import type { Metric, Registry } from 'prom-client';

/** A series' label names and values. */
type Labels = Record<string, string>;

/** One line of the exposition, as prom-client's registry reads it from a metric's `get()`. */
interface ExposedValue {
  readonly labels: Readonly<Record<string, string | number>>;
  readonly value: number;
  /** For a histogram's `_bucket`, `_sum` and `_count` lines. */
  readonly metricName?: string;
}

interface Exposed {
  readonly name: string;
  readonly help: string;
  readonly type: 'histogram' | 'counter';
  readonly aggregator: 'sum';
  readonly values: readonly ExposedValue[];
}

interface KeyedMetricOptions {
  readonly name: string;
  readonly help: string;
  readonly labelNames: readonly string[];
  readonly registers: readonly Registry[];
}

/** What the series of both kinds share: their labels, found by the key of their label values. */
abstract class KeyedSeries<Series> {
  readonly name: string;
  readonly help: string;
  readonly aggregator = 'sum' as const;
  protected readonly labelNames: readonly string[];
  protected series = new Map<string, { readonly labels: Labels; readonly values: Series }>();

  constructor(options: KeyedMetricOptions) {
    this.name = options.name;
    this.help = options.help;
    this.labelNames = options.labelNames;
    // prom-client's registry asks a metric for `get()` and `reset()` and reads its name, help and
    // type: these are such metrics without being prom-client classes.
    for (const registry of options.registers) registry.registerMetric(this as unknown as Metric);
  }

  /** The series of these label values (in `labelNames` order), created on first use. */
  protected seriesOf(labelValues: readonly string[]): Series {
    if (labelValues.length !== this.labelNames.length) {
      throw new RangeError(
        `${this.name} takes ${this.labelNames.length} label values (${this.labelNames.join(', ')}), got ${labelValues.length}`,
      );
    }
    const key = labelValues.length === 1 ? labelValues[0]! : labelValues.join('\u0000');
    let found = this.series.get(key);
    if (!found) {
      const labels: Labels = {};
      this.labelNames.forEach((name, index) => (labels[name] = labelValues[index]!));
      found = { labels, values: this.newSeries() };
      this.series.set(key, found);
    }
    return found.values;
  }

  protected abstract newSeries(): Series;

  reset(): void {
    this.series = new Map();
  }
}

interface HistogramSeries {
  /** Observations per bucket, not cumulative; the last is above every bound (`+Inf`). */
  readonly counts: Float64Array;
  sum: number;
  count: number;
}

export interface KeyedHistogramOptions extends KeyedMetricOptions {
  /** Upper bounds, ascending. */
  readonly buckets: readonly number[];
}

export class KeyedHistogram extends KeyedSeries<HistogramSeries> {
  readonly type = 'histogram' as const;
  private readonly bounds: readonly number[];

  constructor(options: KeyedHistogramOptions) {
    super(options);
    if (options.buckets.some((bound, index) => index > 0 && bound <= options.buckets[index - 1]!)) {
      throw new RangeError(`${options.name}: bucket bounds must ascend`);
    }
    this.bounds = options.buckets;
  }

  /** One observation of `value` for the series of `labelValues`, given in `labelNames` order. */
  observe(labelValues: readonly string[], value: number): void {
    if (!Number.isFinite(value)) throw new TypeError(`${this.name}: not a finite number: ${value}`);
    const series = this.seriesOf(labelValues);
    const bounds = this.bounds;
    let bucket = 0;
    while (bucket < bounds.length && value > bounds[bucket]!) bucket++;
    series.counts[bucket]!++;
    series.sum += value;
    series.count++;
  }

  protected newSeries(): HistogramSeries {
    return { counts: new Float64Array(this.bounds.length + 1), sum: 0, count: 0 };
  }

  /** As prom-client's histogram gives its values: cumulative buckets, `+Inf`, sum and count per series. */
  get(): Promise<Exposed> {
    const values: ExposedValue[] = [];
    for (const { labels, values: series } of this.series.values()) {
      let cumulative = 0;
      this.bounds.forEach((bound, index) => {
        cumulative += series.counts[index]!;
        values.push({ labels: { le: bound, ...labels }, value: cumulative, metricName: `${this.name}_bucket` });
      });
      values.push(
        { labels: { le: '+Inf', ...labels }, value: series.count, metricName: `${this.name}_bucket` },
        { labels: { ...labels }, value: series.sum, metricName: `${this.name}_sum` },
        { labels: { ...labels }, value: series.count, metricName: `${this.name}_count` },
      );
    }
    return Promise.resolve({ name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values });
  }
}

export class KeyedCounter extends KeyedSeries<{ value: number }> {
  readonly type = 'counter' as const;

  /** Adds one (or `amount`) to the series of `labelValues`, given in `labelNames` order. */
  inc(labelValues: readonly string[], amount = 1): void {
    if (!Number.isFinite(amount) || amount < 0) throw new TypeError(`${this.name}: a counter only goes up, got ${amount}`);
    this.seriesOf(labelValues).value += amount;
  }

  protected newSeries(): { value: number } {
    return { value: 0 };
  }

  get(): Promise<Exposed> {
    const values: ExposedValue[] = [];
    for (const { labels, values: series } of this.series.values()) values.push({ labels: { ...labels }, value: series.value });
    return Promise.resolve({ name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values });
  }
}
