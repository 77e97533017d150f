import pino, { type Logger } from 'pino';
import type { GatewayConfig } from '../config/config';

/** JSON logs on stdout (pino); secrets and personal data are redacted wherever they might appear. */
export function createLogger(level: GatewayConfig['logLevel']): Logger {
  return pino({
    level,
    base: { service: 'gongkai-gateway' },
    redact: {
      paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'headers.authorization', 'headers["x-api-key"]'],
      censor: '[redacted]',
    },
  });
}
