// fast-gateway as a plain proxy in front of one upstream: the peer the passthrough is compared to.
// Usage: node fast-gateway-process.mjs UPSTREAM_URL → prints {"port": N}
import gateway from 'fast-gateway';

const server = gateway({ routes: [{ prefix: '/v1', prefixRewrite: '/v1', target: process.argv[2] }] });
const listening = await server.start(0, '127.0.0.1');
process.stdout.write(`${JSON.stringify({ port: listening.address().port })}\n`);
// For cpu-per-request.mjs: the CPU time this process used so far, on request.
if (process.env.GONGKAI_BENCH_CPU_REPORT) {
  process.on('SIGUSR2', () => {
    const { user, system } = process.cpuUsage();
    process.stdout.write(`${JSON.stringify({ cpuMicroseconds: user + system })}\n`);
  });
}
