import { calendarCommand } from './calendar-command';
import { CliError, type CliIo } from './cli-io';
import { CLI_VERSION } from './cli-version';
import { exportCommand } from './export-command';
import { importCommand } from './import-command';
import { initCommand } from './init-command';
import { migrateCommand } from './migrate-command';
import type { RunningPlatform } from './platform-server';
import { serveCommand, type RunningDepartment } from './serve-command';

export const MAIN_HELP = `Usage: gongkai-department <command> [options]

Serve the Gongkai v1 open-data contract for one department, import its records, compute
statutory deadlines.

Commands:
  init --id ID --name NAME --division C:N    write a department configuration and catalogue templates
  import --db FILE DATA.json|.csv|.xlsx      check and import records, all or nothing
  export --db FILE [--out FILE.json]         write the department's records as a dataset
  serve --db FILE --port N [--config FILE]   serve a department from a SQLite database
  serve --sample ID --port N                 serve a sample department in memory
  serve --database postgres://… --config F   serve many departments from PostgreSQL, each under /d/<id>
  migrate --from sqlite:FILE --to postgres://…  copy a department with its history to PostgreSQL
  calendar due --start YYYY-MM-DD --days N   the date N working days later

Options:
  -h, --help      this text
  -v, --version   the version

From a spreadsheet to a feed:
  gongkai-department init --id ln-zhangwu --name 彰武县人民政府 --division 210922:彰武县
  gongkai-department import --db zhangwu.db --config department.jsonc catalogue.xlsx --dry-run
  gongkai-department import --db zhangwu.db --config department.jsonc catalogue.xlsx
  gongkai-department serve --db zhangwu.db --config department.jsonc --port 4001

Run "gongkai-department <command> --help" for a command's options.
`;

/**
 * Runs one command line. Returns the exit code, or, for `serve`, the running server (the caller
 * keeps the process alive and stops it on a signal). Failures print one clear line to stderr.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number | RunningDepartment | RunningPlatform> {
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
      case '--version':
      case '-v':
        io.stdout(CLI_VERSION);
        return 0;
      case 'init':
        return await initCommand(rest, io);
      case 'serve':
        return await serveCommand(rest, io);
      case 'import':
        return await importCommand(rest, io);
      case 'export':
        return await exportCommand(rest, io);
      case 'calendar':
        return await calendarCommand(rest, io);
      case 'migrate':
        return await migrateCommand(rest, io);
      default:
        throw new CliError(
          `unknown command "${command}"; the commands are init, import, export, serve, migrate and calendar. Run "gongkai-department --help".`,
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
