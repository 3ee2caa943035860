// Reads of a customer's scanners (the Scanners tab).
import { getDb } from "../db/client";

export type ScannerRow = {
  id: number;
  uplink: string;
  uplinkId: string | null;
  internalIp: string | null;
  manufacturer: string | null;
  manufacturerModelName: string | null;
  firstSeenAt: Date;
  lastSeenAt: Date;
  archivedAt: Date | null;
  concurrentCount: number;
};

/** A customer's scanners, most recently seen first (the [customerId, lastSeenAt] index), without
 * archived ones unless asked; with the number of archived ones, so the page can say they exist. */
export async function listCustomerScanners(
  customerId: number,
  options: { includeArchived: boolean },
): Promise<{ rows: ScannerRow[]; archivedCount: number }> {
  const db = getDb();
  const [rows, archivedCount] = await Promise.all([
    db.scanner.findMany({
      where: { customerId, ...(options.includeArchived ? {} : { archivedAt: null }) },
      select: {
        id: true,
        uplink: true,
        uplinkId: true,
        internalIp: true,
        manufacturer: true,
        manufacturerModelName: true,
        firstSeenAt: true,
        lastSeenAt: true,
        archivedAt: true,
        concurrentCount: true,
      },
      orderBy: [{ lastSeenAt: "desc" }, { id: "desc" }],
    }),
    db.scanner.count({ where: { customerId, archivedAt: { not: null } } }),
  ]);
  return { rows, archivedCount };
}
