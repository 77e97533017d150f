// The floor under the gateway's passthrough row: node:http in front of one department through
// undici's dispatcher, the answer gathered and sent on with its status, type and ETag, and nothing
// else (no validation, rate limit, cache, metrics or common headers). It shows how far the
// building blocks the gateway uses are ahead of fast-gateway before the gateway adds its work.
// With `gateway-fields` it also sends the header fields every gateway answer carries (a request id,
// the RateLimit fields, CORS, the security fields, Vary, Cache-Control), made the same way per
// request: the floor of a proxy that answers what the contract asks of the gateway.
// Usage: node bare-proxy.mjs UPSTREAM_URL [gateway-fields] → prints {"port": N}
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { Pool } from 'undici';

const pool = new Pool(process.argv[2], { connections: 64 });
const ETAG = 'etag';
const withGatewayFields = process.argv[3] === 'gateway-fields';
const QUOTA = 100_000_000;
let used = 0;

/**
 * The fields of a gateway's answer other than type, length and ETag, as `curl -i` shows them: a copy
 * of packages/gateway/src/answers/common-headers.ts (kept in step by hand; a floor uses no gateway code).
 */
function gatewayFields() {
  used += 1;
  return {
    'X-Request-Id': randomUUID(),
    'RateLimit-Policy': `"anonymous-read";q=${QUOTA};w=60`,
    RateLimit: `"anonymous-read";r=${QUOTA - used};t=60`,
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': 'ETag, Link, Location, RateLimit, RateLimit-Policy, Retry-After, X-Request-Id, Idempotent-Replayed',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'cross-origin',
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    Vary: 'Accept',
    'Cache-Control': 'public, max-age=0, stale-while-revalidate=0, stale-if-error=0',
  };
}

const server = createServer((req, res) => {
  const chunks = [];
  let status = 502;
  let etag;
  pool.dispatch(
    { method: 'GET', path: req.url, headers: { accept: 'application/json' } },
    {
      onConnect() {},
      onHeaders(statusCode, rawHeaders) {
        status = statusCode;
        for (let i = 0; i < rawHeaders.length; i += 2)
          if (rawHeaders[i].length === ETAG.length && rawHeaders[i].toString('latin1').toLowerCase() === ETAG)
            etag = rawHeaders[i + 1].toString('latin1');
        return true;
      },
      onData: (chunk) => chunks.push(chunk) > 0,
      onComplete() {
        const body = Buffer.concat(chunks);
        res.writeHead(status, {
          ...(withGatewayFields ? gatewayFields() : {}),
          'content-type': 'application/json; charset=utf-8',
          'content-length': body.length,
          ...(etag ? { etag } : {}),
        });
        res.end(body);
      },
      onError() {
        res.writeHead(502).end();
      },
      onUpgrade() {},
    },
  );
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`));
