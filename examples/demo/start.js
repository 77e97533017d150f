#!/usr/bin/env node
// `npm start`: the six sample departments (department kit, SQLite files, the sample data set) and
// the gateway in front of them on PORT (default 8080), with the demo page at `/` (built from
// @gongkai/elements, which the gateway serves at /elements/gongkai-elements.js). No service is
// needed; GONGKAI_REDIS_URL switches the gateway's rate limits and cache to Redis, and
// GONGKAI_DATABASE_URL=postgres://… the departments to PostgreSQL: one process hosting all six,
// each under /d/<id>, as a provincial platform does (the sample data is imported once).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_DEPARTMENT_IDS, sampleDatasetPath, startDepartmentServer, startPlatformServer } from '@gongkai/department-kit';
import { createGateway, resolveConfig, ConfigError } from '@gongkai/gateway';

const FIRST_DEPARTMENT_PORT = 4001;
const publicDir = new URL('./public/', import.meta.url);
const staffToken = randomBytes(18).toString('base64url');
const dataDir = mkdtempSync(join(tmpdir(), 'gongkai-demo-'));
const databaseUrl = process.env.GONGKAI_DATABASE_URL;

async function startDepartment(id, port) {
  const options = {
    db: join(dataDir, `${id}.db`),
    config: { dataset: sampleDatasetPath(id), calendars: [] },
    host: '127.0.0.1',
    adminTokens: [staffToken],
  };
  try {
    return await startDepartmentServer({ ...options, port });
  } catch (error) {
    if (!String(error.message).includes('EADDRINUSE')) throw error;
    rmSync(options.db, { force: true });
    return startDepartmentServer({ ...options, port: 0 }); // the usual port is taken: any free one will do
  }
}

/** A connection string without its password, for printing. */
function redacted(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured database';
  }
}

function page(router, path, file, type) {
  const body = readFileSync(new URL(file, publicDir));
  router.get(path, (ctx) => {
    // The page loads the elements from this gateway (/elements/gongkai-elements.js), its own style,
    // and calls this gateway's API; nothing else. The elements' styles are adopted stylesheets, which
    // need no 'unsafe-inline'.
    ctx.set(
      'Content-Security-Policy',
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    );
    ctx.set('Cache-Control', 'no-cache');
    ctx.type = type;
    ctx.body = body;
  });
}

/** A port free now on loopback, for PORT=0. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** The six departments in one process on PostgreSQL, each under its base path. */
async function startPlatform() {
  const options = {
    database: databaseUrl,
    departments: SAMPLE_DEPARTMENT_IDS.map((id) => ({ id, dataset: sampleDatasetPath(id), calendars: [], adminTokens: [staffToken] })),
    host: '127.0.0.1',
  };
  try {
    return await startPlatformServer({ ...options, port: FIRST_DEPARTMENT_PORT });
  } catch (error) {
    if (!String(error.message).includes('EADDRINUSE')) throw error;
    return startPlatformServer({ ...options, port: 0 });
  }
}

const started = Date.now();
process.stdout.write(`Starting ${SAMPLE_DEPARTMENT_IDS.length} sample departments${databaseUrl ? ' on PostgreSQL' : ''}…\n`);
const departments = [];
let platform;
if (databaseUrl) {
  try {
    platform = await startPlatform();
  } catch (error) {
    const hint = /database ".*" does not exist/.test(error.message)
      ? ` Create it first, e.g. psql -h 127.0.0.1 -U postgres -c 'CREATE DATABASE gongkai'.`
      : '';
    process.stderr.write(`Cannot serve the departments from GONGKAI_DATABASE_URL (${error.message}).${hint}\n`);
    process.exit(1);
  }
  departments.push(...platform.departments.map((d) => ({ department: d.department, url: d.baseUrl })));
} else {
  for (const [index, id] of SAMPLE_DEPARTMENT_IDS.entries()) {
    departments.push(await startDepartment(id, FIRST_DEPARTMENT_PORT + index));
  }
}

let config;
try {
  config = resolveConfig(
    { departments: departments.map((d) => ({ id: d.department.id, baseUrl: d.url })), logLevel: 'warn' },
    'the demo configuration',
    { GONGKAI_CURSOR_SECRET: randomBytes(24).toString('base64url'), ...process.env },
  );
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : error}\n`);
  process.exit(1);
}
// The demo page's form elements write to this gateway from the page's own origin, so that origin
// (as localhost or 127.0.0.1) must be a write origin; it is known only once the port is.
if (config.port === 0) config.port = await freePort();
config.cors.writeOrigins = [
  ...new Set([...config.cors.writeOrigins, `http://localhost:${config.port}`, `http://127.0.0.1:${config.port}`]),
];
const gateway = createGateway(config, {
  extend: (router) => {
    page(router, '/', 'index.html', 'text/html; charset=utf-8');
    page(router, '/item.html', 'item.html', 'text/html; charset=utf-8');
    page(router, '/demo.css', 'demo.css', 'text/css; charset=utf-8');
  },
});
const address = await gateway.listen().catch((error) => {
  process.stderr.write(`Cannot listen on port ${config.port} (${error.code ?? error.message}); set PORT to another port.\n`);
  process.exit(1);
});

const base = `http://localhost:${address.port}`;
const width = Math.max(...departments.map((d) => d.department.id.length));
process.stdout.write(`
Gongkai demo is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s):

  demo page    ${base}/
  API          ${base}/v1/items?q=${encodeURIComponent('公积金')}
  reference    ${base}/docs
  contract     ${base}/openapi.json
  metrics      ${base}/metrics
  cache/limits ${config.redisUrl ? `Redis at ${config.redisUrl}` : 'in memory (set GONGKAI_REDIS_URL=redis://127.0.0.1:6379 to use Redis)'}
  quota        ${config.rateLimits.anonymousRead.points} reads per ${config.rateLimits.anonymousRead.durationSeconds} s per IP (raise it for a load test: GONGKAI_RATE_LIMIT_ANONYMOUS_READ=100000/60)

  store        ${databaseUrl ? `PostgreSQL at ${redacted(databaseUrl)}, one schema per department` : 'SQLite files (set GONGKAI_DATABASE_URL=postgres://… to use PostgreSQL)'}
  departments (each serves the v1 contract itself, admin operations included):
${departments.map((d) => `    ${d.department.id.padEnd(width)}  ${d.url}  ${d.department.name}`).join('\n')}
  staff token for the departments' admin operations: ${staffToken}

Press Ctrl+C to stop.
`);

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`\n${signal}: stopping…\n`);
  await gateway.close();
  if (platform) await platform.close();
  else await Promise.all(departments.map((d) => d.close()));
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
