// One Gongkai gateway (the built package) for the benchmark.
// Usage: node gateway-process.mjs CONFIG_JSON [BUILT_MODULE]
// BUILT_MODULE: another build of the package to run instead, e.g. a copy of an earlier
// packages/gateway/dist/index.js kept beside the new one (it must stay in that folder, where its
// dependencies resolve), for comparing two builds in one run (pinned-cpu.mjs --also).
// Environment as for gongkai-gateway (GONGKAI_REDIS_URL switches to the Redis limiter and cache).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pino from 'pino';

const built = process.argv[3];
const { createGateway, resolveConfig } = await import(built ? pathToFileURL(resolve(built)).href : '@gongkai/gateway');

const config = resolveConfig(JSON.parse(process.argv[2]), 'bench config');
const gateway = createGateway(config, { logger: pino({ level: 'silent' }), redisKeyPrefix: `bench-${process.pid}` });
const address = await gateway.listen(0, '127.0.0.1');
process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
// For cpu-per-request.mjs: the CPU time this process used so far, on request.
if (process.env.GONGKAI_BENCH_CPU_REPORT) {
  process.on('SIGUSR2', () => {
    const { user, system } = process.cpuUsage();
    process.stdout.write(`${JSON.stringify({ cpuMicroseconds: user + system })}\n`);
  });
}
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => gateway.close().then(() => process.exit(0)));
