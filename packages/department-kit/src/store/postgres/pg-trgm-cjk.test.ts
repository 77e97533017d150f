import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/postgres';

/**
 * What the store's search relies on pg_trgm for, checked on the server the tests run against (the
 * docs state it; a server with another ctype would fail here first).
 */
describe('pg_trgm with Chinese text', () => {
  let database: TestDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  });
  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  const trigrams = async (text: string) => (await client.query<{ t: string[] }>('SELECT show_trgm($1) AS t', [text])).rows[0]!.t;

  it('extracts trigrams from Chinese: the characters are word characters under the database ctype', async () => {
    // 住房公积金管理 is one word: two padded trigrams at its start, five inside, one padded at its end.
    expect(await trigrams('住房公积金管理')).toHaveLength(8);
    // Punctuation separates words, as it does for Latin text.
    expect(await trigrams('财政厅〔2026〕')).toEqual(expect.arrayContaining(['  2', ' 20', '202', '026', '26 ']));
  });

  it('has only word-edge trigrams for one or two characters, which never match inside running text', async () => {
    // 公积 alone gives "  公", " 公积" and "公积 " (hashed): none of them occurs in 住房公积金管理.
    const short = await trigrams('公积');
    expect(short).toHaveLength(3);
    const long = await trigrams('住房公积金管理');
    expect(short.filter((trigram) => long.includes(trigram))).toEqual([]);
  });
});
