import type { ConformanceProgress } from '../run/run-conformance';

/**
 * One line on a terminal, rewritten in place as the checks run: how far, which check, how many
 * requests so far. `end()` clears it so the report starts on a clean line.
 */
export function progressLine(write: (text: string) => void, columns = 100): { update(progress: ConformanceProgress): void; end(): void } {
  return {
    update({ done, total, check, requests }) {
      const text = `[${String(done).padStart(String(total).length)}/${total}] ${check.id} (${requests} requests)`;
      write(`\r\u001b[K${text.length > columns - 1 ? `${text.slice(0, columns - 2)}…` : text}`);
    },
    end() {
      write('\r\u001b[K');
    },
  };
}
