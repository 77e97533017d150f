import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { createClient } from '@gongkai/client';

/** The fee schedules of one village as a CSV file (UTF-8 with BOM, so spreadsheets read the Chinese). */
export async function downloadVillageFees(file: string, baseUrl = 'http://localhost:8080') {
  const client = createClient({ baseUrl });
  const csv = await client.fees.listCsv({ division: '210922105201', limit: 100 }, { as: 'stream' });
  await pipeline(Readable.fromWeb(csv as WebReadableStream), createWriteStream(file));
  return file;
}
