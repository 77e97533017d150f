import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, resolveConfig } from './config';

const minimum = { departments: [{ id: 'ln-finance', baseUrl: 'http://127.0.0.1:4001' }] };

describe('gateway configuration', () => {
  it('accepts the minimum configuration and fills every default', () => {
    const config = resolveConfig(minimum, 'gongkai.config.json', {});
    expect(config).toMatchObject({
      port: 8080,
      departments: [{ id: 'ln-finance', baseUrl: 'http://127.0.0.1:4001', timeoutMs: 3000, connections: 32 }],
      rateLimits: {
        anonymousRead: { points: 600, durationSeconds: 60 },
        anonymousWrite: { points: 20, durationSeconds: 60 },
        apiKeys: [],
        replicas: 1,
      },
      cache: { ttlMs: 5000, staleWhileRevalidateMs: 30000 },
      cursorSecretFromEnvironment: false,
      checkDepartments: 'warn',
    });
    expect(config.redisUrl).toBeUndefined();
    expect(config.cursorSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('names the file, the key and what was expected', () => {
    const bad = { departments: [{ id: 'Finance Dept', baseUrl: 'ftp://x' }], cache: { ttlMs: -1 }, colour: 'red' };
    expect(() => resolveConfig(bad, 'gongkai.config.json', {})).toThrow(ConfigError);
    try {
      resolveConfig(bad, 'gongkai.config.json', {});
    } catch (error) {
      const lines = (error as Error).message.split('\n');
      expect(lines).toContain('gongkai.config.json: /colour is not a known setting');
      expect(lines).toContain('gongkai.config.json: /departments/0/baseUrl must be an absolute http(s) URL without query or fragment');
      expect(lines).toContain('gongkai.config.json: /cache/ttlMs must be >= 0');
      expect(lines.some((line) => line.startsWith('gongkai.config.json: /departments/0/id must match'))).toBe(true);
    }
  });

  it('refuses a department listed twice', () => {
    expect(() => resolveConfig({ departments: [minimum.departments[0], minimum.departments[0]] }, 'c.json', {})).toThrow(
      'c.json: /departments/1/id "ln-finance" is listed twice',
    );
  });

  it('lets the environment override the port, Redis, the quotas and the cursor secret', () => {
    const config = resolveConfig(minimum, 'c.json', {
      PORT: '9090',
      GONGKAI_REDIS_URL: 'redis://127.0.0.1:6379',
      GONGKAI_RATE_LIMIT_ANONYMOUS_READ: '100000/60',
      GONGKAI_CURSOR_SECRET: 'a-long-enough-secret',
    });
    expect(config.port).toBe(9090);
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.rateLimits.anonymousRead).toEqual({ points: 100000, durationSeconds: 60 });
    expect(config.cursorSecret).toBe('a-long-enough-secret');
  });

  it('checks the departments at start-up as the file or GONGKAI_CHECK_DEPARTMENTS says', () => {
    expect(resolveConfig({ ...minimum, checkDepartments: 'refuse' }, 'c.json', {}).checkDepartments).toBe('refuse');
    expect(resolveConfig({ ...minimum, checkDepartments: 'refuse' }, 'c.json', { GONGKAI_CHECK_DEPARTMENTS: 'off' }).checkDepartments).toBe(
      'off',
    );
    expect(() => resolveConfig({ ...minimum, checkDepartments: 'strict' }, 'c.json', {})).toThrow(
      'c.json: /checkDepartments must be one of off, warn, refuse',
    );
    expect(() => resolveConfig(minimum, 'c.json', { GONGKAI_CHECK_DEPARTMENTS: 'yes' })).toThrow(
      'environment: GONGKAI_CHECK_DEPARTMENTS must be one of off, warn, refuse',
    );
  });

  it('explains a malformed environment override', () => {
    expect(() => resolveConfig(minimum, 'c.json', { GONGKAI_RATE_LIMIT_ANONYMOUS_READ: 'lots' })).toThrow(
      'GONGKAI_RATE_LIMIT_ANONYMOUS_READ="lots" must be POINTS/SECONDS, e.g. 6000/60',
    );
    expect(() => resolveConfig(minimum, 'c.json', { PORT: 'eighty' })).toThrow('PORT="eighty" must be a port number');
    expect(() => resolveConfig(minimum, 'c.json', { GONGKAI_REDIS_URL: 'localhost:6379' })).toThrow(
      'GONGKAI_REDIS_URL must start with redis://',
    );
  });

  it('reads a file and says what is wrong with it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-config-'));
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify(minimum));
    expect((await loadConfig(good, {})).departments).toHaveLength(1);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "departments": [ }');
    await expect(loadConfig(broken, {})).rejects.toThrow(`${broken}: is not valid JSON`);
    await expect(loadConfig(join(dir, 'missing.json'), {})).rejects.toThrow('no such file (pass --config FILE or set GONGKAI_CONFIG)');
  });

  it('trusts one proxy hop by default, and takes trustProxy and its hops from the environment', () => {
    expect(resolveConfig(minimum, 'f', {})).toMatchObject({ trustProxy: false, trustProxyHops: 1 });
    expect(resolveConfig({ ...minimum, trustProxy: true, trustProxyHops: 2 }, 'f', {})).toMatchObject({
      trustProxy: true,
      trustProxyHops: 2,
    });
    expect(resolveConfig(minimum, 'f', { GONGKAI_TRUST_PROXY: 'true', GONGKAI_TRUST_PROXY_HOPS: '3' })).toMatchObject({
      trustProxy: true,
      trustProxyHops: 3,
    });
    expect(() => resolveConfig(minimum, 'f', { GONGKAI_TRUST_PROXY: 'yes' })).toThrow('GONGKAI_TRUST_PROXY must be one of true, false');
    expect(() => resolveConfig(minimum, 'f', { GONGKAI_TRUST_PROXY_HOPS: '0' })).toThrow('must be a whole number from 1 to 20');
    expect(() => resolveConfig({ ...minimum, trustProxyHops: 0 }, 'f', {})).toThrow(ConfigError);
  });

  it('takes the public hosts from the file or GONGKAI_PUBLIC_HOSTS, in lower case', () => {
    expect(resolveConfig(minimum, 'f', {}).publicHosts).toEqual([]);
    expect(resolveConfig({ ...minimum, publicHosts: ['Data.Example.gov.cn'] }, 'f', {}).publicHosts).toEqual(['data.example.gov.cn']);
    expect(resolveConfig(minimum, 'f', { GONGKAI_PUBLIC_HOSTS: 'a.example, b.example:8443' }).publicHosts).toEqual([
      'a.example',
      'b.example:8443',
    ]);
    expect(() => resolveConfig(minimum, 'f', { GONGKAI_PUBLIC_HOSTS: 'https://a.example' })).toThrow('GONGKAI_PUBLIC_HOSTS holds');
    expect(() => resolveConfig({ ...minimum, publicHosts: ['a/b'] }, 'f', {})).toThrow(ConfigError);
  });
});
