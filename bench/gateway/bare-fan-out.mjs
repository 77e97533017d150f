// The floor under the gateway's fan-out row: node:http in front of undici calls to every
// department, their pages parsed, merged newest first and serialised, and nothing else: no
// contract validation, rate limit, cache, ETag, signed cursor, metrics or headers beyond two. What
// it measures is as fast as a federated list can be with the building blocks the gateway uses,
// on the same machine in the same run. With `bytes`, even the JSON work is left out: the pages'
// bytes are sent back one after another (the cost of the calls alone).
// Usage: node bare-fan-out.mjs '{"bench-0": port, …}' [json|bytes] → prints {"port": N}
import { createServer } from 'node:http';
import { Pool } from 'undici';

const ports = JSON.parse(process.argv[2]);
const mode = process.argv[3] ?? 'json';
const departments = Object.keys(ports);
const pools = Object.values(ports).map((port) => new Pool(`http://127.0.0.1:${port}`, { connections: 64 }));

/** One GET through undici's dispatcher, its body gathered (what the gateway's department calls do). */
function get(pool, path) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    pool.dispatch(
      { method: 'GET', path, headers: { accept: 'application/json' } },
      {
        onConnect() {},
        onHeaders: () => true,
        onData: (chunk) => chunks.push(chunk) > 0,
        onComplete: () => resolve(Buffer.concat(chunks)),
        onError: reject,
        onUpgrade() {},
      },
    );
  });
}

const newestFirst = (a, b) => (a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : a.id < b.id ? -1 : 1);

const server = createServer(async (req, res) => {
  const query = req.url.slice(req.url.indexOf('?'));
  const pages = await Promise.all(pools.map((pool) => get(pool, `/v1/items${query}`)));
  let body;
  if (mode === 'bytes') body = Buffer.concat(pages);
  else {
    const data = pages
      .flatMap((page) => JSON.parse(page.toString('utf8')).data)
      .sort(newestFirst)
      .slice(0, 10);
    body = Buffer.from(JSON.stringify({ data, meta: { departments }, links: { next: `/v1/items${query}&cursor=…` } }));
  }
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
  res.end(body);
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`));
