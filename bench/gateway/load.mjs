// The load generator, in its own process so it does not share an event loop with what it measures.
// Usage: node load.mjs '{"url": "...", "connections": 50, "duration": 5, "uniquePaths": "/v1/items/bench-0:"}'
// uniquePaths: every request gets a distinct path (prefix + counter), defeating caches and coalescing.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

/** Busy and total jiffies of cores 0 and 1 (/proc/stat, Linux); undefined elsewhere. */
function coreTimes() {
  try {
    const lines = readFileSync('/proc/stat', 'utf8').split('\n');
    return ['cpu0 ', 'cpu1 '].map((prefix) => {
      const fields = lines
        .find((line) => line.startsWith(prefix))
        .trim()
        .split(/\s+/)
        .slice(1)
        .map(Number);
      const total = fields.reduce((sum, value) => sum + value, 0);
      return { busy: total - fields[3] - fields[4], total }; // idle and iowait are not busy
    });
  } catch {
    return undefined;
  }
}

const options = JSON.parse(process.argv[2]);
let counter = 0;
const before = coreTimes();
const result = await autocannon({
  url: options.url,
  connections: options.connections ?? 50,
  // A fixed number of requests (cpu-per-request.mjs) instead of a duration.
  ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? 5 }),
  headers: options.headers ?? {},
  ...(options.uniquePaths
    ? { requests: [{ setupRequest: (request) => ({ ...request, path: `${options.uniquePaths}${counter++}` }) }] }
    : {}),
});
const after = coreTimes();
process.stdout.write(
  `${JSON.stringify({
    // How busy cores 0 and 1 were during the run, 0…1.
    ...(before && after ? { busy: after.map((core, index) => (core.busy - before[index].busy) / (core.total - before[index].total)) } : {}),
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  })}\n`,
);
