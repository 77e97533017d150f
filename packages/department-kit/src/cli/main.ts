import { runCli } from './run-cli';

const result = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  interactive: process.stderr.isTTY === true,
});

if (typeof result === 'number') {
  process.exitCode = result;
} else {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`gongkai-department: ${signal}, finishing the requests in flight…\n`);
    result.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`gongkai-department: shutdown failed: ${(error as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
