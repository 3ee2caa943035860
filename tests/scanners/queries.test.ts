// Integration: the Scanners tab hides archived scanners unless asked, newest seen first.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createCustomer } from "@/lib/customers/mutations";
import { customerInputSchema } from "@/lib/customers/schema";
import { listCustomerScanners } from "@/lib/scanners/queries";
import { formatUplink, identifierLines, parseScannerListParams } from "@/lib/scanners/schema";
import { createStaffActor } from "../helpers/factories";

let customerId: number;

beforeAll(async () => {
  const actor = await createStaffActor();
  customerId = (await createCustomer(actor, customerInputSchema.parse({ name: "Scanner Clinic" }))).id;
  const other = (await createCustomer(actor, customerInputSchema.parse({ name: "Elsewhere" }))).id;
  const seen = (day: string) => new Date(`2017-04-${day}T02:43:28Z`);
  await getDb().scanner.createMany({
    data: [
      { customerId, uplink: "ultrasound", uplinkId: "old", firstSeenAt: seen("01"), lastSeenAt: seen("02") },
      { customerId, uplink: "pacs_client", uplinkId: "new", firstSeenAt: seen("01"), lastSeenAt: seen("06") },
      { customerId, uplink: "ultrasound", uplinkId: "gone", firstSeenAt: seen("01"), lastSeenAt: seen("09"), archivedAt: seen("10") },
      { customerId: other, uplink: "ultrasound", uplinkId: "theirs", firstSeenAt: seen("01"), lastSeenAt: seen("08") },
    ],
  });
});

describe("listCustomerScanners", () => {
  it("hides archived scanners by default and counts them", async () => {
    const { rows, archivedCount } = await listCustomerScanners(customerId, { includeArchived: false });
    expect(rows.map((s) => s.uplinkId)).toEqual(["new", "old"]);
    expect(archivedCount).toBe(1);
  });

  it("shows archived scanners too when asked, last seen first", async () => {
    const { rows } = await listCustomerScanners(customerId, { includeArchived: true });
    expect(rows.map((s) => s.uplinkId)).toEqual(["gone", "new", "old"]);
  });
});

describe("scanner fields", () => {
  it("reads ?archived=1 as the toggle and anything else as off", () => {
    expect(parseScannerListParams({ archived: "1" })).toEqual({ includeArchived: true });
    expect(parseScannerListParams({})).toEqual({ includeArchived: false });
    expect(parseScannerListParams({ archived: "yes" })).toEqual({ includeArchived: false });
  });

  it("labels uplinks and lists identifier lines with empty values kept", () => {
    expect(formatUplink("pacs_client")).toBe("PACS Client");
    expect(formatUplink("ultrasound")).toBe("Ultrasound");
    expect(formatUplink("dicom_router")).toBe("Dicom Router");
    expect(identifierLines({ uplinkId: null, internalIp: "0.0.0.0", manufacturer: null, manufacturerModelName: null })).toEqual([
      { key: "uplink_id", value: "" },
      { key: "internal_ip", value: "0.0.0.0" },
      { key: "manufacturer", value: "" },
      { key: "manufacturer_model_name", value: "" },
    ]);
  });
});
