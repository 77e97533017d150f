import { calendarCommand } from './calendar-command';
import { CliError, type CliIo } from './cli-io';
import { importCommand } from './import-command';
import { serveCommand, type RunningDepartment } from './serve-command';

export const MAIN_HELP = `Usage: gongkai-department <command> [options]

Serve the Gongkai v1 open-data contract for one department, import its records, compute
statutory deadlines.

Commands:
  serve --db FILE --port N [--config FILE]   serve a department from a SQLite database
  serve --sample ID --port N                 serve a sample department in memory
  import --db FILE DATA.json|DATA.csv        check and import records, all or nothing
  calendar due --start YYYY-MM-DD --days N   the date N working days later

Run "gongkai-department <command> --help" for a command's options.
`;

/**
 * Runs one command line. Returns the exit code, or, for `serve`, the running server (the caller
 * keeps the process alive and stops it on a signal). Failures print one clear line to stderr.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number | RunningDepartment> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
        io.stderr(MAIN_HELP);
        return 2;
      case '--help':
      case '-h':
      case 'help':
        io.stdout(MAIN_HELP);
        return 0;
      case 'serve':
        return await serveCommand(rest, io);
      case 'import':
        return await importCommand(rest, io);
      case 'calendar':
        return await calendarCommand(rest, io);
      default:
        throw new CliError(
          `unknown command "${command}"; the commands are serve, import and calendar. Run "gongkai-department --help".`,
          2,
        );
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`gongkai-department: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(`gongkai-department: ${(error as Error).message ?? String(error)}\n`);
    return 1;
  }
}
