#!/usr/bin/env node
// The reliability load run (issue 12): mixed traffic against the demo (`examples/demo/start.js`: the
// six sample departments on SQLite and the gateway, in one process) — lists, search, single records,
// budgets and 5 % POSTs of feedback with Idempotency-Key — from 200 connections for 60 s.
// Prints throughput, latency p50/p99, errors, non-2xx by status, and the demo process's RSS
// before and after. Not a CI test: numbers depend on the machine. Builds nothing: run
// `npm run build` first (the demo runs the built packages).
//
//   node bench/load/run.mjs [--duration 60] [--connections 200] [--post-share 0.05] [--distinct-queries]
//                           [--separate] [--json]
//
// --separate: the six departments in one process (departments-process.mjs) and the gateway alone
// in another (../gateway/gateway-process.mjs), so that the RSS measured is the gateway's own.
//
// --distinct-queries: every search asks a query no earlier request asked (issue 12 item 3: memory
// must stay bounded by the configured cache plus a constant).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureBenchTools } from '../ensure-tools.mjs';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '200' },
    'post-share': { type: 'string', default: '0.05' },
    'distinct-queries': { type: 'boolean', default: false },
    separate: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const postShare = Number(values['post-share']);

ensureBenchTools();
const { default: autocannon } = await import('../node_modules/autocannon/autocannon.js');

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resident set size of a process, in MB, from /proc (Linux). */
function rssMb(pid) {
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  return Math.round((kb / 1024) * 10) / 10;
}

async function startDemo(port) {
  const child = spawn(process.execPath, ['examples/demo/start.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      // The demo's per-IP quotas would answer most of a load test 429: every connection comes from 127.0.0.1.
      GONGKAI_RATE_LIMIT_ANONYMOUS_READ: '100000000/60',
      GONGKAI_RATE_LIMIT_ANONYMOUS_WRITE: '100000000/60',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Press Ctrl+C to stop.')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the demo exited with ${code}:\n${output}`)));
  });
  return child;
}

/** Runs one of the bench scripts and resolves with the JSON of the first line it prints. */
function startScript(script, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(new URL(script, import.meta.url)), ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buffered = '';
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      if (buffered.includes('\n')) resolve({ child, ready: JSON.parse(buffered.split('\n')[0]) });
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

/** The departments and the gateway in two processes; the gateway's is the one measured. */
async function startSeparate() {
  const { child: departments, ready: routes } = await startScript('departments-process.mjs', ['6']);
  const config = {
    departments: routes.map(({ id, url }) => ({ id, baseUrl: url })),
    rateLimits: {
      anonymousRead: { points: 100_000_000, durationSeconds: 60 },
      anonymousWrite: { points: 100_000_000, durationSeconds: 60 },
    },
    logLevel: 'silent',
  };
  const { child: gateway, ready } = await startScript('../gateway/gateway-process.mjs', [JSON.stringify(config)]);
  return {
    measured: gateway,
    base: `http://127.0.0.1:${ready.port}`,
    stop: () => [gateway, departments].forEach((c) => c.kill('SIGTERM')),
  };
}

const SEARCH_TERMS = [
  '公积金',
  '预算',
  '财政',
  '住房',
  '应急',
  '彰武',
  '收费',
  '政府信息公开',
  '年度报告',
  '决算',
  '通知',
  '办法',
  '三公',
  '保障',
  '预警',
];

async function json(base, path) {
  const response = await fetch(`${base}${path}`);
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  return response.json();
}

/** Ids to read single records of, from the demo's own lists. */
async function idsOf(base, list, pages = 3) {
  const ids = [];
  let path = `/v1/${list}?limit=100`;
  for (let page = 0; path && page < pages; page++) {
    const body = await json(base, path);
    ids.push(...body.data.map((record) => record.id));
    path = body.links?.next;
  }
  return ids;
}

const pick = (values) => values[Math.floor(Math.random() * values.length)];

function mixedRequests({ itemIds, budgetIds, feedbackBody, distinct }) {
  let counter = 0;
  return () => {
    const roll = Math.random();
    if (roll < postShare)
      return {
        method: 'POST',
        path: '/v1/feedback',
        headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: feedbackBody,
      };
    const share = (roll - postShare) / (1 - postShare);
    const term = distinct ? `${pick(SEARCH_TERMS)}${counter++}` : pick(SEARCH_TERMS);
    if (share < 0.3)
      return {
        method: 'GET',
        path: pick(['/v1/items?limit=20', '/v1/fees', '/v1/alerts', '/v1/feedback?limit=10', '/v1/changes?limit=50', '/v1/departments']),
      };
    if (share < 0.5) return { method: 'GET', path: `/v1/items?q=${encodeURIComponent(term)}` };
    if (share < 0.8) return { method: 'GET', path: `/v1/items/${encodeURIComponent(pick(itemIds))}` };
    if (share < 0.9) return { method: 'GET', path: '/v1/budgets?limit=20' };
    return { method: 'GET', path: `/v1/budgets/${encodeURIComponent(pick(budgetIds))}` };
  };
}

let target;
if (values.separate) {
  console.error('Starting the six departments and the gateway in two processes …');
  target = await startSeparate();
} else {
  const port = await freePort();
  console.error(`Starting the demo on http://127.0.0.1:${port} …`);
  const demo = await startDemo(port);
  target = { measured: demo, base: `http://127.0.0.1:${port}`, stop: () => demo.kill('SIGTERM') };
}
const { base, measured } = target;
try {
  const itemIds = await idsOf(base, 'items');
  const budgetIds = await idsOf(base, 'budgets', 1);
  const feedbackBody = JSON.stringify({
    departmentId: 'ln-housing',
    kind: 'consultation',
    subject: '负载测试咨询',
    content: '这是负载测试提交的一条咨询，请忽略。',
    submitter: { realName: false },
    publishConsent: false,
  });
  const next = mixedRequests({ itemIds, budgetIds, feedbackBody, distinct: values['distinct-queries'] });
  // A short warm-up, so that "before" is the RSS of a process that has served traffic, not of a cold start.
  await autocannon({ url: base, connections: 20, duration: 3, requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }] });
  const before = rssMb(measured.pid);
  console.error(`Load: ${connections} connections for ${duration} s (RSS before ${before} MB) …`);
  const result = await autocannon({
    url: base,
    connections,
    duration,
    requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }],
  });
  const after = rssMb(measured.pid);
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => [status, count]));
  const summary = {
    connections,
    durationSeconds: duration,
    postShare,
    distinctQueries: values['distinct-queries'],
    measuredProcess: values.separate ? 'the gateway alone' : 'the demo (gateway and six departments)',
    requests: result.requests.total,
    throughputRps: result.requests.average,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statuses,
    rssMb: { before, after, growth: Math.round((after - before) * 10) / 10 },
  };
  if (values.json) console.log(JSON.stringify(summary, null, 2));
  else
    console.log(`
requests      ${summary.requests} in ${duration} s from ${connections} connections (${Math.round(postShare * 100)} % POSTs)
throughput    ${summary.throughputRps} req/s
latency       p50 ${summary.latencyMs.p50} ms, p99 ${summary.latencyMs.p99} ms, max ${summary.latencyMs.max} ms
errors        ${summary.errors} (timeouts ${summary.timeouts})
non-2xx       ${summary.non2xx}
statuses      ${Object.entries(statuses)
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ')}
RSS           ${summary.measuredProcess}: ${before} MB before, ${after} MB after (growth ${summary.rssMb.growth} MB)`);
} finally {
  target.stop();
}
