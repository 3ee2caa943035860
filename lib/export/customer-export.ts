// One customer export as a streamed response body: rows read in batches (rows.ts), written as
// CSV or XLSX, and an audit row written when the stream ends. A streamed response cannot share a
// transaction with its read, so the audit row is written on completion (or when the client goes
// away, with the rows sent by then), recording who, which filter or selection, and how many rows.
import { writeAuditLog, type AuditActor } from "../audit/write-audit-log";
import { getDb } from "../db/client";
import { exportColumns, type ExportColumn, type ExportContext } from "./columns";
import { csvHeader, csvLines } from "./csv";
import { exportFilename } from "./filename";
import type { ExportRequest } from "./request";
import { readExportBatches, type ExportSelection } from "./rows";
import { XLSX_CONTENT_TYPE, xlsxStream } from "./xlsx";

export type CustomerExport = { filename: string; contentType: string; body: ReadableStream<Uint8Array> };

function auditChanges(request: ExportRequest, rows: number, aborted: boolean) {
  const { selection } = request;
  const { page: _page, pageSize: _pageSize, ...filter } = selection.kind === "filter" ? selection.query : { page: 0, pageSize: 0 };
  return {
    format: request.format,
    ...(request.format === "csv" ? { bom: request.bom } : {}),
    ...(selection.kind === "filter" ? { filter } : { selection: selection.ids.length, sort: { sort: selection.query.sort, dir: selection.query.dir } }),
    rows,
    ...(aborted ? { aborted: true } : {}),
  };
}

async function writeExportAudit(actor: AuditActor, request: ExportRequest, rows: number, aborted: boolean) {
  await getDb().$transaction((tx) =>
    writeAuditLog(tx, {
      event: "customers.exported",
      actor,
      entityType: "customer",
      entityId: "export",
      changes: auditChanges(request, rows, aborted),
    }),
  );
}

function csvStream(
  selection: ExportSelection,
  columns: readonly ExportColumn[],
  bom: boolean,
  context: ExportContext,
  options: { batchSize?: number; signal?: AbortSignal },
  onEnd: (rows: number, aborted: boolean) => Promise<void>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const batches = readExportBatches(selection, options);
  let rows = 0;
  let ended = false;
  const end = async (aborted: boolean) => {
    if (ended) return;
    ended = true;
    await onEnd(rows, aborted).catch((error) => console.error("export: audit row failed", error));
  };
  // Pull-based: the next batch is read only when the client has taken the previous one.
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvHeader({ bom, columns }))); // first bytes at once
    },
    async pull(controller) {
      try {
        const next = await batches.next();
        if (next.done) {
          await end(Boolean(options.signal?.aborted));
          controller.close();
          return;
        }
        rows += next.value.length;
        controller.enqueue(encoder.encode(csvLines(next.value, context, columns)));
      } catch (error) {
        console.error("export: CSV stream failed", error);
        await end(true);
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return(undefined);
      await end(true);
    },
  });
}

export function createCustomerExport(
  actor: AuditActor,
  request: ExportRequest,
  context: ExportContext,
  options: { batchSize?: number; signal?: AbortSignal; now?: Date } = {},
): CustomerExport {
  const onEnd = (rows: number, aborted: boolean) => writeExportAudit(actor, request, rows, aborted);
  const filename = exportFilename(request.selection, request.format, options.now);
  // The list's visible columns, as the export link or form names them (lib/export/href.ts).
  const columns = exportColumns(request.selection.query.cols);
  if (request.format === "csv") {
    return { filename, contentType: "text/csv; charset=utf-8", body: csvStream(request.selection, columns, request.bom, context, options, onEnd) };
  }
  const batches = readExportBatches(request.selection, options);
  return { filename, contentType: XLSX_CONTENT_TYPE, body: xlsxStream(batches, context, onEnd, columns) };
}
