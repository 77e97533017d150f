// The floor under the gateway's passthrough row: node:http in front of one department through
// undici's dispatcher, the answer gathered and sent on with its status, type and ETag, and nothing
// else (no validation, rate limit, cache, metrics or common headers). It shows how far the
// building blocks the gateway uses are ahead of fast-gateway before the gateway adds its work.
// Usage: node bare-proxy.mjs UPSTREAM_URL → prints {"port": N}
import { createServer } from 'node:http';
import { Pool } from 'undici';

const pool = new Pool(process.argv[2], { connections: 64 });
const ETAG = 'etag';

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
