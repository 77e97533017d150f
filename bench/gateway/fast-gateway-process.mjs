// fast-gateway as a plain proxy in front of one upstream: the peer the passthrough is compared to.
// Usage: node fast-gateway-process.mjs UPSTREAM_URL → prints {"port": N}
import gateway from 'fast-gateway';

const server = gateway({ routes: [{ prefix: '/v1', prefixRewrite: '/v1', target: process.argv[2] }] });
const listening = await server.start(0, '127.0.0.1');
process.stdout.write(`${JSON.stringify({ port: listening.address().port })}\n`);
