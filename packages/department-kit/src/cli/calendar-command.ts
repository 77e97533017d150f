import { addWorkingDays } from '../calendar/add-working-days';
import { isCalendarDate } from '../calendar/calendar-date';
import { CalendarFileError } from '../calendar/calendar-file-error';
import { chineseDaysCalendar } from '../calendar/chinese-days-calendar';
import { layerCalendar } from '../calendar/layer-calendar';
import { loadCalendarFile } from '../calendar/load-calendar-file';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { CliError, type CliIo } from './cli-io';
import { integer, parseOptions, required } from './parse-options';

export const CALENDAR_DUE_HELP = `Usage: gongkai-department calendar due --start YYYY-MM-DD --days N [--calendar FILE]... [--json]

Prints the date N working days after --start, counted as the Regulations count them: the start
date is not counted, day 1 is the first working day after it (Art. 33), with China's holidays and
make-up workdays.

Options:
  --start YYYY-MM-DD   the day the period starts from (e.g. the receipt date of a request)
  --days N             working days to count (20 to reply, 7 to ask for a supplement, 15 to consult)
  --calendar FILE      an operator calendar file (gongkai-calendar-layer/1) with years the shipped
                       calendar does not cover and local closures; repeat for several, later wins
  --json               print {"dueOn", "provisional", "calendarVersion"} as JSON
  -h, --help           this text

Output: the due date, whether it is provisional (the count reached a year the calendar does not
cover, so weekdays were counted), and the calendar version to record beside it.

Example:
  gongkai-department calendar due --start 2024-09-20 --days 20     # 2024-10-23
`;

/** The shipped national calendar with the operator's layers on top, in order. */
export async function calendarWith(files: readonly string[]): Promise<WorkingDayCalendar> {
  try {
    const layers = await Promise.all(files.map((file) => loadCalendarFile(file)));
    return layerCalendar(chineseDaysCalendar, ...layers);
  } catch (error) {
    if (error instanceof CalendarFileError) throw new CliError(`calendar file ${error.message}`);
    throw error;
  }
}

export async function calendarCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h') {
    io.stdout(CALENDAR_DUE_HELP);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== 'due')
    throw new CliError(
      `calendar: unknown subcommand "${sub}"; the calendar command has "due". Run "gongkai-department calendar due --help".`,
      2,
    );
  const { values } = parseOptions('calendar due', rest, {
    start: { type: 'string' },
    days: { type: 'string' },
    calendar: { type: 'string', multiple: true },
    json: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout(CALENDAR_DUE_HELP);
    return 0;
  }
  const start = required('calendar due', 'start', values.start, '2024-09-20');
  if (!isCalendarDate(start)) throw new CliError(`calendar due: --start must be a real date written YYYY-MM-DD, got "${start}"`, 2);
  const days = integer('calendar due', 'days', required('calendar due', 'days', values.days, '20'), 0, 3650);
  const calendar = await calendarWith(values.calendar ?? []);
  const due = addWorkingDays(calendar, start, days);
  if (due.paused) throw new Error('unreachable: a count without pauses cannot stop');
  if (values.json) {
    io.stdout(
      `${JSON.stringify({ start, workingDays: days, dueOn: due.dueOn, provisional: due.provisional, calendarVersion: due.calendarVersion })}\n`,
    );
    return 0;
  }
  const why = due.provisional
    ? `yes: the count reaches a year the calendar does not cover (it covers ${calendar.firstYear}–${calendar.lastYear}); weekdays were counted, add that year with --calendar`
    : 'no';
  io.stdout(`${due.dueOn}\nprovisional: ${why}\ncalendar: ${due.calendarVersion}\n`);
  return 0;
}
