// One Gongkai gateway (the built package) for the benchmark. Usage: node gateway-process.mjs CONFIG_JSON
// Environment as for gongkai-gateway (GONGKAI_REDIS_URL switches to the Redis limiter and cache).
import { createGateway, resolveConfig } from '@gongkai/gateway';
import pino from 'pino';

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
