import type { ServerResponse } from 'node:http';
import type { Context } from 'koa';
import type { OperationParameters } from '@gongkai/spec';
import { chinaDateOf } from '@gongkai/spec/china-time';
import {
  ExportAbandonedError,
  ExportIncompleteError,
  ExportWriter,
  exportFileName,
  exportFormatOf,
  verifiedExportLines,
  type ExportExtras,
  type ExportFormat,
  type ExportKind,
  type ExportRecords,
} from '@gongkai/spec/export-file';
import { UpstreamError } from '../../departments/upstream-error';
import { upstreamProblem } from '../../departments/upstream-problem';
import { changesCursorAt } from '../../federation/changes-position';
import { exportOrder, resumePlan } from '../../federation/export-order';
import type { GatewayContext } from '../../gateway-context';

/**
 * `GET /v1/exports/{kind}` across departments: each department's export in turn (in the order
 * that keeps the whole file in `id` order), each read as it arrives and checked against its own
 * trailer before the gateway's trailer vouches for the whole. Nothing is held but the line being
 * passed on. A department that fails or sends a file that is not whole ends the export with a
 * `complete: false` line naming it and the `after` to resume from, and no final chunk.
 *
 * Before the first record, the gateway asks each department (HEAD) for its changes-feed position:
 * together they are the gateway's `Gongkai-Changes-Cursor`, from before anything was read.
 */
export async function answerExport(ctx: Context, gateway: GatewayContext, params: OperationParameters<'exportRecords'>): Promise<void> {
  const kind = params.path.kind;
  const format = exportFormatOf(params.query.format, (...types) => ctx.accepts(...types));
  const departments = exportOrder(gateway.registry.select(params.query.department));
  const plan = resumePlan(departments, params.query.after);
  const changesCursor = changesCursorAt(gateway, await departmentChangesCursors(gateway, kind, departments));
  const scope = params.query.department?.length === 1 ? departments[0]! : 'all';
  const headers: Record<string, string> = {
    ...ExportWriter.headersFor(format),
    'Content-Disposition': `attachment; filename="${exportFileName(kind, scope, chinaDateOf(gateway.now()), format)}"`,
    'Gongkai-Changes-Cursor': changesCursor,
    Vary: 'Accept',
  };
  for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  ctx.status = 200;
  // The export writes the response itself, at the pace the client reads it.
  ctx.respond = false;
  if (ctx.method === 'HEAD') {
    ctx.res.end();
    return;
  }
  await writeFederatedExport(ctx.res, gateway, kind, format, plan, { changesCursor, departments });
}

/** Each department's changes-feed position now; a department that cannot say fails the export before it starts (502). */
async function departmentChangesCursors(gateway: GatewayContext, kind: ExportKind, departments: readonly string[]) {
  const cursors = new Map<string, string>();
  for (const department of departments) {
    try {
      const response = await gateway.registry.require(department).request({ method: 'HEAD', path: `/v1/exports/${kind}` });
      const cursor = response.headers['gongkai-changes-cursor'];
      if (response.status !== 200 || !cursor)
        throw new UpstreamError(department, 'badAnswer', `answered ${response.status} without a Gongkai-Changes-Cursor for its export`);
      cursors.set(department, cursor);
    } catch (error) {
      if (error instanceof UpstreamError) throw upstreamProblem(error);
      throw error;
    }
  }
  return cursors;
}

async function writeFederatedExport(
  response: ServerResponse,
  gateway: GatewayContext,
  kind: ExportKind,
  format: ExportFormat,
  plan: readonly { department: string; after?: string }[],
  extras: ExportExtras,
): Promise<void> {
  const writer = new ExportWriter(response, kind, format);
  let current = '';
  try {
    await writer.begin();
    for (const step of plan) {
      current = step.department;
      // Departments are asked for gzip, which every version of them sends; the gateway's own answer
      // is in the format its client asked for.
      const query = new URLSearchParams({ format: 'ndjson', ...(step.after ? { after: step.after } : {}) });
      const answer = await gateway.registry.require(step.department).stream(`/v1/exports/${kind}`, query);
      if (answer.status !== 200) {
        answer.body.destroy();
        throw new UpstreamError(step.department, 'badAnswer', `answered ${answer.status} to its export`);
      }
      for await (const line of verifiedExportLines(answer.body)) {
        const record = JSON.parse(line) as ExportRecords[ExportKind];
        if (format === 'csv') await writer.record(record);
        else await writer.line(line, record.id);
      }
    }
    await writer.finish(extras);
  } catch (error) {
    if (error instanceof ExportAbandonedError) return;
    const detail =
      error instanceof UpstreamError || error instanceof ExportIncompleteError
        ? `${current} ${error instanceof UpstreamError ? error.detail : `sent an export that is not whole: ${error.message}`}; resume with \`after\``
        : `${current}'s export could not be passed on; resume with \`after\``;
    gateway.metrics.partialAnswers.inc({ department: current });
    await writer.breakOff({ department: current, detail }, extras);
  }
}
