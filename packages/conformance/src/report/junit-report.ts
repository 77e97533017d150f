import { XMLBuilder } from 'fast-xml-parser';
import { AREAS } from '../run/check';
import type { Failure } from '../run/failure';
import type { CheckResult, ConformanceReport } from '../run/run-conformance';

const seconds = (ms: number) => (ms / 1000).toFixed(3);

function failureText(failure: Failure): string {
  const lines = [failure.message];
  if (failure.request) lines.push(`sent: ${failure.request.method} ${failure.request.url}`);
  if (failure.expected) lines.push(`expected: ${failure.expected}`);
  if (failure.received)
    lines.push(`received: ${failure.received.status} ${failure.received.contentType ?? ''}`.trimEnd(), failure.received.body);
  return lines.join('\n');
}

function testcase(result: CheckResult) {
  return {
    '@_classname': `gongkai-conformance.${result.area}`,
    '@_name': `${result.id} — ${result.title}`,
    '@_time': seconds(result.durationMs),
    ...(result.status === 'failed'
      ? {
          failure: {
            '@_message': result.failures[0]?.message.split('\n')[0] ?? 'failed',
            '@_type': 'violation',
            '#text': result.failures.map(failureText).join('\n\n'),
          },
        }
      : {}),
    ...(result.status === 'skipped' ? { skipped: { '@_message': result.detail ?? '' } } : {}),
  };
}

/** The report as JUnit XML (one testsuite per area, one testcase per check) for CI systems. */
export function formatJunitReport(report: ConformanceReport): string {
  const count = (results: readonly CheckResult[], status: CheckResult['status']) =>
    String(results.filter((r) => r.status === status).length);
  const suites = AREAS.map((area) => report.results.filter((result) => result.area === area))
    .filter((results) => results.length > 0)
    .map((results) => ({
      '@_name': results[0]!.area,
      '@_tests': String(results.length),
      '@_failures': count(results, 'failed'),
      '@_errors': '0',
      '@_skipped': count(results, 'skipped'),
      '@_time': seconds(results.reduce((sum, result) => sum + result.durationMs, 0)),
      testcase: results.map(testcase),
    }));
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    testsuites: {
      '@_name': `${report.tool.name} ${report.target}`,
      '@_tests': String(report.results.length),
      '@_failures': String(report.summary.failed),
      '@_errors': '0',
      '@_skipped': String(report.summary.skipped),
      '@_time': seconds(report.durationMs),
      '@_timestamp': report.startedAt,
      testsuite: suites,
    },
  };
  return `${new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true }).build(document)}`;
}
