// The Scanners tab's URL (`?archived=1` shows archived scanners too) and how scanner fields read.
import { z } from "zod";

export const scannerListParamsSchema = z.object({
  archived: z
    .enum(["1", "0"])
    .optional()
    .catch(undefined)
    .transform((value) => value === "1"),
});

export function parseScannerListParams(params: Record<string, string | string[] | undefined>): { includeArchived: boolean } {
  const archived = Array.isArray(params.archived) ? params.archived[0] : params.archived;
  return { includeArchived: scannerListParamsSchema.parse({ archived }).archived };
}

const UPLINK_LABELS: Record<string, string> = { ultrasound: "Ultrasound", pacs_client: "PACS Client" };

/** "pacs_client" -> "PACS Client"; an uplink kind without a label reads as its words. */
export function formatUplink(uplink: string): string {
  return UPLINK_LABELS[uplink] ?? uplink.split("_").map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(" ");
}

/** The Identifier cell: key: value lines as seed 000 shows them, empty values included. */
export function identifierLines(scanner: {
  uplinkId: string | null;
  internalIp: string | null;
  manufacturer: string | null;
  manufacturerModelName: string | null;
}): Array<{ key: string; value: string }> {
  return [
    { key: "uplink_id", value: scanner.uplinkId ?? "" },
    { key: "internal_ip", value: scanner.internalIp ?? "" },
    { key: "manufacturer", value: scanner.manufacturer ?? "" },
    { key: "manufacturer_model_name", value: scanner.manufacturerModelName ?? "" },
  ];
}
