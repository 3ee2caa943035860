// The XLSX export format: one sheet, a bold frozen header row with an autofilter, ids as
// numbers and dates as real dates, written row by row with exceljs's streaming writer so the
// workbook never sits in memory. Text cells are inline strings, never formulas.
import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import { setImmediate as setImmediatePromise, setTimeout as sleep } from "node:timers/promises";
import ExcelJS from "exceljs";
import { EXPORT_COLUMNS, type ExportColumn, type ExportContext } from "./columns";
import type { ExportRow } from "./rows";

/** Rows waiting to be compressed before the writer pauses for the zip to catch up. */
const MAX_BACKLOG_BYTES = 1024 * 1024;

// archiver's streams come from the readable-stream package (v2 internals: no readableLength).
type Buffered = {
  readableLength?: number;
  writableLength?: number;
  _readableState?: { length?: number; pipes?: Buffered | Buffered[] | null };
  _writableState?: { length?: number };
};

const buffered = (stream: Buffered) =>
  (stream.readableLength ?? stream._readableState?.length ?? 0) + (stream.writableLength ?? stream._writableState?.length ?? 0);

/** exceljs pipes each sheet into a PassThrough, which archiver pipes into a deflate stream once
 * the entries before it are done; rows written faster than zlib compresses them wait in those
 * streams. exceljs offers no back-pressure, so we watch them (internal API, read defensively:
 * without it the writer only yields between batches). */
function sheetBacklog(sheet: ExcelJS.Worksheet): () => number {
  return () => {
    const source = (sheet as unknown as { _stream?: { pipes?: Buffered[] } })._stream?.pipes?.[0];
    if (!source) return 0;
    const pipes = source._readableState?.pipes;
    const sinks = Array.isArray(pipes) ? pipes : pipes ? [pipes] : [];
    return [source, ...sinks].reduce((sum, stream) => sum + buffered(stream), 0);
  };
}

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Streams `batches` as an XLSX workbook. `onEnd` gets the rows written and whether the reader
 * of the stream went away before the end. */
export function xlsxStream(
  batches: AsyncIterator<ExportRow[]>,
  context: ExportContext,
  onEnd: (rows: number, aborted: boolean) => Promise<void>,
  columns: readonly ExportColumn[] = EXPORT_COLUMNS,
): ReadableStream<Uint8Array> {
  const out = new PassThrough({ highWaterMark: 256 * 1024 });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet("Customers", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column, index) => ({
    key: String(index),
    header: column.header,
    width: column.width,
    style: column.numFmt ? { numFmt: column.numFmt } : {},
  }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };

  const backlog = sheetBacklog(sheet);
  let closed = false;
  out.once("close", () => (closed = true));

  async function produce() {
    let rows = 0;
    let completed = false;
    let failed: unknown = null;
    try {
      const header = sheet.getRow(1);
      header.font = { bold: true };
      header.commit();
      for (;;) {
        if (closed) break;
        const next = await batches.next();
        if (next.done) break;
        for (const row of next.value) {
          sheet.addRow(columns.map((column) => column.value(row, context))).commit();
        }
        rows += next.value.length;
        // Back-pressure: deflating runs on the thread pool and its results arrive one per turn of
        // the event loop, so let the zip catch up before the next batch (otherwise the whole sheet
        // waits in memory until the end); and wait while the client is slower than the database.
        // Turn the loop quickly at first (zlib's results arrive per turn), then poll gently, so a
        // slow client does not keep a core spinning.
        for (let turns = 0; backlog() > MAX_BACKLOG_BYTES && !closed; turns += 1) {
          await (turns < 200 ? setImmediatePromise() : sleep(5));
        }
        if (out.writableNeedDrain && !closed) await Promise.race([once(out, "drain"), once(out, "close")]);
      }
      if (!closed) {
        sheet.commit();
        await workbook.commit();
        completed = true;
      }
    } catch (error) {
      failed = error;
    } finally {
      await batches.return?.(undefined);
      await onEnd(rows, !completed).catch((error) => console.error("export: audit row failed", error));
      if (failed) {
        console.error("export: XLSX stream failed", failed);
        out.destroy(failed instanceof Error ? failed : new Error(String(failed)));
      }
    }
  }
  void produce();
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
