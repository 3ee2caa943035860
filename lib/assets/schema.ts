// Assets (equipment that stands at a location and is owned by a customer): allowed values, the
// form input and the tabs' URL parameters.
import { z } from "zod";
import { customerIdSchema } from "../customers/schema";

export const ASSET_STATUSES = ["in_service", "in_repair", "retired"] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];
export const ASSET_STATUS_LABELS: Record<AssetStatus, string> = { in_service: "In service", in_repair: "In repair", retired: "Retired" };

export const ASSET_TYPES = ["ultrasound_scanner", "probe", "workstation", "printer", "network_device", "other"] as const;
export type AssetType = (typeof ASSET_TYPES)[number];
export const ASSET_TYPE_LABELS: Record<AssetType, string> = {
  ultrasound_scanner: "Ultrasound scanner",
  probe: "Probe",
  workstation: "Workstation",
  printer: "Printer",
  network_device: "Network device",
  other: "Other",
};

/** Labels of stored values; an unknown value (written by hand in the database) as it is. */
export function formatAssetStatus(value: string): string {
  return ASSET_STATUS_LABELS[value as AssetStatus] ?? value;
}
export function formatAssetType(value: string): string {
  return ASSET_TYPE_LABELS[value as AssetType] ?? value;
}

export const assetIdSchema = customerIdSchema;

/** A picker's hidden field: the chosen id, or a message when nothing was chosen. */
const pickedId = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .regex(/^[1-9]\d{0,9}$/, message)
    .transform(Number)
    .refine((id) => id <= 2_147_483_647, message);

// The fields both forms edit. The serial is the asset's identity: set once, never edited.
const assetFieldsSchema = z.object({
  model: z.string().trim().min(1, "Enter the model").max(200, "Keep the model under 200 characters"),
  type: z.enum(ASSET_TYPES, { error: "Choose a type from the list" }),
  status: z.enum(ASSET_STATUSES, { error: "Choose a status from the list" }),
  locationId: pickedId("Choose the location where the asset stands"),
  ownerCustomerId: pickedId("Choose the customer who owns the asset"),
});

export const assetCreateSchema = assetFieldsSchema.extend({
  serial: z.string().trim().min(1, "Enter the serial number").max(100, "Keep the serial under 100 characters"),
});
export type AssetCreateInput = z.output<typeof assetCreateSchema>;

export const assetUpdateSchema = assetFieldsSchema;
export type AssetUpdateInput = z.output<typeof assetUpdateSchema>;

/** The two asset tabs of a customer; an edit returns to the one it was opened from. */
export const ASSET_VIEWS = ["assets", "assets-owned"] as const;
export type AssetView = (typeof ASSET_VIEWS)[number];

/** As the customers list and the audit log: 50 rows render in half the time of 100 (docs/benchmarks.md). */
export const ASSET_PAGE_SIZE = 50;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** `?page=N` of an asset tab; a mangled value shows the first page. */
export const assetListQuerySchema = z.object({
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1),
});

/** The pickers' query: what was typed (blank lists the default choices) and, for locations, the
 * customer whose locations come first when nothing is typed. */
export const pickerQuerySchema = z.object({
  q: z.preprocess(first, z.string().trim().max(100)).catch(""),
  customerId: z.preprocess(first, customerIdSchema.optional()).catch(undefined),
});
export type PickerQuery = z.output<typeof pickerQuerySchema>;
