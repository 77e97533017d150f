/**
 * A calendar file that cannot be trusted. The message names the file and the entry so an
 * operator can fix it without reading code:
 * `calendar.json: years["2027"].restDays[3]: "2027-02-30" is not a valid date (expected YYYY-MM-DD)`.
 */
export class CalendarFileError extends Error {
  override readonly name = 'CalendarFileError';

  constructor(
    /** The file (or other source) the layer came from. */
    readonly source: string,
    /** Where in the file, as a JSON access path; empty for the file as a whole. */
    readonly path: string,
    readonly problem: string,
    options?: ErrorOptions,
  ) {
    super(path ? `${source}: ${path}: ${problem}` : `${source}: ${problem}`, options);
  }
}
