import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addWorkingDays } from './add-working-days';
import { CalendarFileError } from './calendar-file-error';
import { chineseDaysCalendar } from './chinese-days-calendar';
import { layerCalendar } from './layer-calendar';
import { loadCalendarFile } from './load-calendar-file';

const example = fileURLToPath(new URL('./calendar.example.json', import.meta.url));

async function fileWith(text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'gongkai-calendar-')), 'calendar.json');
  await writeFile(path, text);
  return path;
}

describe('loadCalendarFile', () => {
  it('loads the documented example, which then covers 2027', async () => {
    const layer = await loadCalendarFile(example);
    expect(layer.source).toBe(example);
    expect(layer.years.map((year) => year.year)).toEqual([2027]);
    const calendar = layerCalendar(chineseDaysCalendar, layer);
    expect(calendar.lastYear).toBe(2027);
    expect(addWorkingDays(calendar, '2026-12-15', 20)).toMatchObject({ provisional: false });
  });

  it('applies the example closures: 2026-07-20…22 are rest days', async () => {
    const calendar = layerCalendar(chineseDaysCalendar, await loadCalendarFile(example));
    expect(['2026-07-20', '2026-07-21', '2026-07-22', '2026-07-23'].map((date) => calendar.isWorkingDay(date))).toEqual([
      false,
      false,
      false,
      true,
    ]);
  });

  it('names the file when it is not JSON', async () => {
    const path = await fileWith('{ "format": ');
    await expect(loadCalendarFile(path)).rejects.toThrow(new RegExp(`^${path}: is not valid JSON`));
  });

  it('names the file and the entry when an entry is wrong', async () => {
    const path = await fileWith(JSON.stringify({ format: 'gongkai-calendar-layer/1', closures: [{ reason: 'x', dates: ['2027-13-01'] }] }));
    await expect(loadCalendarFile(path)).rejects.toThrow(
      `${path}: closures[0].dates[0]: "2027-13-01" is not a valid date (expected YYYY-MM-DD)`,
    );
  });

  it('reports a missing file as a CalendarFileError', async () => {
    const error = await loadCalendarFile('/nonexistent/calendar.json').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CalendarFileError);
    expect((error as Error).message).toBe('/nonexistent/calendar.json: cannot be read (ENOENT)');
  });
});
