// The load generator, in its own process so it does not share an event loop with what it measures.
// Usage: node load.mjs '{"url": "...", "connections": 50, "duration": 5, "uniquePaths": "/v1/items/bench-0:"}'
// uniquePaths: every request gets a distinct path (prefix + counter), defeating caches and coalescing.
import autocannon from 'autocannon';

const options = JSON.parse(process.argv[2]);
let counter = 0;
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
process.stdout.write(
  `${JSON.stringify({
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  })}\n`,
);
