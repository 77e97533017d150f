/**
 * One gateway in a process of its own, run from the sources (tsx), for tests that need several
 * real replicas. Usage: node --import tsx gateway-process.ts SETTINGS_JSON REDIS_KEY_PREFIX
 * SETTINGS_JSON is a whole gongkai.config.json; prints `{"port": N}` once listening.
 */
import pino from 'pino';
import { resolveConfig } from '../../src/config/config';
import { createGateway } from '../../src/server/create-gateway';

const [settings, redisKeyPrefix] = process.argv.slice(2);
const config = resolveConfig(JSON.parse(settings!), 'test config', process.env);
const gateway = createGateway(config, { logger: pino({ level: 'silent' }), redisKeyPrefix: redisKeyPrefix! });
const address = await gateway.listen(0, '127.0.0.1');
process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
process.on('SIGTERM', () => void gateway.close().then(() => process.exit(0)));
