// Upstream "departments" for the gateway benchmark: minimal node:http servers that answer every
// v1 list or resource request with fixed bytes (a 2 KB page) and, as the contract requires of every
// GET, a strong ETag, optionally after a delay. They stand for fast departments so the benchmark
// measures the gateway, not SQLite.
// Usage: node upstreams.mjs '[{"id":"bench-0","delayMs":0}, …]'  → prints {"bench-0": port, …}
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';

const specs = JSON.parse(process.argv[2] ?? '[]');

export function pageFor(department) {
  const data = Array.from({ length: 5 }, (_, i) => ({
    id: `${department}:2026-${String(i).padStart(6, '0')}`,
    departmentId: department,
    indexNumber: `BENCH/2026-${String(i).padStart(5, '0')}`,
    title: `关于做好2026年度政府信息公开工作的通知（第${i + 1}号）`,
    category: 'regulations',
    topics: ['budgetsAndFinalAccounts'],
    keywords: ['政务公开'],
    validity: 'valid',
    issuingBody: '辽宁省财政厅',
    division: { code: '210000', name: '辽宁省' },
    level: 'provincial',
    formedAt: '2026-03-02',
    publishedAt: `2026-03-${String(20 - i).padStart(2, '0')}T09:30:00+08:00`,
    updatedAt: `2026-03-${String(20 - i).padStart(2, '0')}T09:30:00+08:00`,
    revision: 1,
    status: 'published',
    attachments: [],
  }));
  return Buffer.from(JSON.stringify({ data, meta: {}, links: {} }));
}

const ports = {};
for (const { id, delayMs = 0 } of specs) {
  const page = pageFor(id);
  const item = Buffer.from(JSON.stringify(JSON.parse(page.toString()).data[0]));
  const etagOf = (bytes) => `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`;
  const pageEtag = etagOf(page);
  const itemEtag = etagOf(item);
  const server = createServer((req, res) => {
    const isItem = req.url.startsWith('/v1/items/');
    const body = isItem ? item : page;
    const send = () => {
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': body.length,
        etag: isItem ? itemEtag : pageEtag,
      });
      res.end(body);
    };
    if (delayMs) setTimeout(send, delayMs);
    else send();
  });
  server.keepAliveTimeout = 65_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  ports[id] = server.address().port;
}
process.stdout.write(`${JSON.stringify(ports)}\n`);
