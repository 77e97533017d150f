import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { department, temporaryDirectory } from './support/fixtures';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const TOKEN = 'data-safety-staff-token-0123';
const dir = temporaryDirectory('gongkai-data-safety-');
const db = join(dir.path, 'department.db');
const config = join(dir.path, 'department.json');
writeFileSync(config, JSON.stringify({ department, calendars: [] }));

let running: ChildProcess | undefined;
afterAll(() => {
  running?.kill('SIGKILL');
  dir.remove();
});

/** `gongkai-department serve` on the SQLite file, from source; resolves with its origin once it listens. */
function serve(): Promise<{ url: string; child: ChildProcess; exited: Promise<unknown> }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(packageRoot, 'src/cli/main.ts'), 'serve', '--db', db, '--config', config, '--port', '0'],
    { cwd: packageRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GONGKAI_ADMIN_TOKENS: TOKEN } },
  );
  running = child;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /on (http:\/\/\S+)/.exec(output);
      if (match) resolve({ url: match[1]!, child, exited });
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the department exited with ${code}:\n${output}`)));
  });
}

const submission = (n: number) => ({
  departmentId: department.id,
  kind: 'consultation',
  subject: `数据安全测试第${n}号`,
  content: `第${n}条：请问公租房申请需要哪些材料？`.repeat(20),
  submitter: { realName: false },
  publishConsent: false,
});

const submit = (url: string, n: number) =>
  fetch(`${url}/v1/feedback`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `data-safety-${n}` },
    body: JSON.stringify(submission(n)),
  });

interface StaffFeedback {
  id: string;
  subject: string;
  content: string;
  stage: string;
}

async function everyFeedback(url: string): Promise<StaffFeedback[]> {
  const all: StaffFeedback[] = [];
  let next: string | undefined = '/v1/admin/feedback?limit=50';
  while (next) {
    const page = (await (await fetch(`${url}${next}`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json()) as {
      data: StaffFeedback[];
      links: { next?: string };
    };
    all.push(...page.data);
    next = page.links.next;
  }
  return all;
}

describe('a department killed with SIGKILL during a stream of writes', () => {
  it('keeps every acknowledged write, only complete records, and files a retried unacknowledged one exactly once', async () => {
    const first = await serve();
    // The moment that matters is between storing a record and storing its idempotent answer: a
    // process that dies there leaves a record whose retry files it again. SIGKILL rarely lands in
    // that instant by chance, so once 30 records are stored a trigger on the real file makes every
    // answer write fail, as a death right there would (a write then answers 500, unacknowledged).
    const file = new Database(db);
    file.pragma('busy_timeout = 5000');
    file.exec(`CREATE TRIGGER answer_write_dies BEFORE UPDATE OF response ON idempotency_keys
               WHEN (SELECT count(*) FROM feedback) >= 30 BEGIN SELECT RAISE(ABORT, 'the process died here'); END`);
    // Eight writers, each sending the next submission as soon as the last is answered, until the
    // process is gone; it is killed when the 45th answer arrives, with other writes in flight.
    const acknowledged = new Map<number, string>();
    let sent = 0;
    let answered = 0;
    let gone = false;
    void first.exited.then(() => (gone = true));
    const writer = async () => {
      while (!gone) {
        const n = ++sent;
        const response = await submit(first.url, n).catch(() => undefined);
        if (!response) continue;
        if (response.status === 201) acknowledged.set(n, ((await response.json()) as { feedbackId: string }).feedbackId);
        else if (response.status < 500) throw new Error(`write ${n} answered ${response.status}: ${await response.text()}`);
        if (++answered === 45) first.child.kill('SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: 8 }, writer));
    await first.exited;
    file.exec('DROP TRIGGER answer_write_dies');
    file.close();
    const unacknowledged = Array.from({ length: sent }, (_, i) => i + 1).filter((n) => !acknowledged.has(n));
    expect(unacknowledged.length).toBeGreaterThan(0);

    const second = await serve();
    const stored = await everyFeedback(second.url);
    // Every acknowledged write is there, as it was sent.
    for (const [n, id] of acknowledged) {
      const record = stored.find((feedback) => feedback.id === id);
      expect(record, `acknowledged write ${n}`).toMatchObject({ subject: submission(n).subject, content: submission(n).content });
    }
    // Only complete records: each one is a submission that was sent, whole.
    for (const record of stored) {
      const n = Number(/第(\d+)号/.exec(record.subject)?.[1]);
      expect(record.content).toBe(submission(n).content);
      expect(record.stage).toBe('accepted');
    }
    // A retry of each unacknowledged write, with its key, leaves exactly one record of it.
    for (const n of unacknowledged) {
      const retried = await submit(second.url, n);
      expect(retried.status, `retry of ${n}`).toBe(201);
    }
    // And a retry of an acknowledged one replays its answer.
    const [n0, id0] = [...acknowledged][0]!;
    const replay = await submit(second.url, n0);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(((await replay.json()) as { feedbackId: string }).feedbackId).toBe(id0);

    const after = await everyFeedback(second.url);
    for (let n = 1; n <= sent; n++) {
      expect(
        after.filter((feedback) => feedback.subject === submission(n).subject),
        `records of write ${n}`,
      ).toHaveLength(1);
    }
    second.child.kill('SIGTERM');
    await second.exited;
  }, 120_000);
});
