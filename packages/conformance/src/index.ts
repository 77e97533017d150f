// The public API of @gongkai/conformance. Re-exports only.
export { runConformance, normaliseBaseUrl, TargetUnreachable } from './run/run-conformance';
export type { ConformanceOptions, ConformanceProgress, ConformanceReport, CheckResult } from './run/run-conformance';
export { AREAS } from './run/check';
export type { Area } from './run/check';
export type { Failure, ReceivedSummary } from './run/failure';
export type { Exchange, SentRequest, ReceivedResponse } from './http/exchange';
export { catalogue } from './checks/catalogue';
export { formatTextReport } from './report/text-report';
export type { TextReportOptions } from './report/text-report';
export { formatJunitReport } from './report/junit-report';
export { runCli as runConformanceCli } from './cli/run-cli';
export type { CliIo as ConformanceCliIo } from './cli/run-cli';
export { processIo as conformanceProcessIo } from './cli/process-io';
