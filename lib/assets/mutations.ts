// Writes of assets. Each user action is one transaction with its audit rows, and every row goes
// on each customer concerned: a move is recorded on the customer the asset left and the one it
// came to, an owner change on the old and the new owner (seed 001).
import { AppError } from "../app-error";
import { writeAuditLog, type AuditActor } from "../audit/write-audit-log";
import type { AuditEvent } from "../audit/events";
import type { FieldChanges } from "../audit/diff";
import { getDb, type Tx } from "../db/client";
import { assetOfCustomer } from "./queries";
import { formatAssetStatus, formatAssetType, type AssetCreateInput, type AssetUpdateInput } from "./schema";

const locationSelect = { id: true, name: true, archivedAt: true, customerId: true, customer: { select: { name: true } } } as const;
type PlacedLocation = { id: number; name: string; archivedAt: Date | null; customerId: number; customer: { name: string } };

/** How a location reads in the audit log: its name and its customer's. */
const locationLabel = (location: PlacedLocation | null) => (location ? `${location.name} (${location.customer.name})` : null);

/** The message goes beside the field; the form's banner says what runAction says for bad input. */
function invalid(field: string, message: string): AppError {
  return new AppError("INVALID", "Please correct the highlighted fields.", { [field]: [message] });
}

/** The location an asset is to be placed at: it must exist and not be archived. */
async function loadTargetLocation(tx: Tx, locationId: number): Promise<PlacedLocation> {
  const location = await tx.location.findUnique({ where: { id: locationId }, select: locationSelect });
  if (!location) throw invalid("locationId", "That location does not exist. Choose one from the list.");
  if (location.archivedAt) {
    throw invalid("locationId", `“${location.name}” is archived, so no asset can be placed there. Choose another location or unarchive it first.`);
  }
  return location;
}

async function loadOwner(tx: Tx, customerId: number) {
  const owner = await tx.customer.findUnique({ where: { id: customerId }, select: { id: true, name: true } });
  if (!owner) throw invalid("ownerCustomerId", "That customer does not exist. Choose one from the list.");
  return owner;
}

async function auditOnCustomers(
  tx: Tx,
  entry: { event: AuditEvent; actor: AuditActor; assetId: number; changes: FieldChanges },
  customerIds: ReadonlyArray<number | null | undefined>,
) {
  for (const customerId of new Set(customerIds.filter((id): id is number => typeof id === "number"))) {
    await writeAuditLog(tx, { event: entry.event, actor: entry.actor, entityType: "asset", entityId: entry.assetId, customerId, changes: entry.changes });
  }
}

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

/** Adds an asset through a customer's page: it must stand at one of that customer's locations or
 * be owned by it, so it shows on the page it was added from. Returns the customers concerned. */
export async function createAsset(actor: AuditActor, customerId: number, input: AssetCreateInput) {
  return getDb().$transaction(async (tx) => {
    const customer = await tx.customer.findUnique({ where: { id: customerId }, select: { id: true } });
    if (!customer) throw new AppError("NOT_FOUND", `Customer ${customerId} does not exist`);
    const taken = await tx.asset.findUnique({ where: { serial: input.serial }, select: { id: true } });
    if (taken) throw new AppError("CONFLICT", "That serial number is taken", { serial: [`Serial number ${input.serial} is already taken by another asset.`] });
    const location = await loadTargetLocation(tx, input.locationId);
    const owner = await loadOwner(tx, input.ownerCustomerId);
    if (location.customerId !== customerId && owner.id !== customerId) {
      throw invalid("locationId", "Choose one of this customer's locations, or make this customer the owner.");
    }
    const asset = await tx.asset
      .create({ data: { serial: input.serial, model: input.model, type: input.type, status: input.status, ownerCustomerId: owner.id, locationId: location.id } })
      .catch((error: unknown) => {
        // Another request took the serial between the check and the insert.
        if (isUniqueViolation(error)) throw new AppError("CONFLICT", "That serial number is taken", { serial: [`Serial number ${input.serial} is already taken by another asset.`] });
        throw error;
      });
    const changes: FieldChanges = {
      serial: { before: null, after: asset.serial },
      model: { before: null, after: asset.model },
      type: { before: null, after: formatAssetType(asset.type) },
      status: { before: null, after: formatAssetStatus(asset.status) },
      location: { before: null, after: locationLabel(location) },
      owner: { before: null, after: owner.name },
    };
    await auditOnCustomers(tx, { event: "asset.created", actor, assetId: asset.id, changes }, [location.customerId, owner.id]);
    return { asset, customerIds: [...new Set([customerId, location.customerId, owner.id])] };
  });
}

/** Edits an asset reached through a customer's page (one at its locations or owned by it; any
 * other is NOT_FOUND). Each kind of change is its own audit event: moved, owner changed, status
 * changed, model or type updated. Returns every customer concerned, before and after. */
export async function updateAsset(actor: AuditActor, customerId: number, assetId: number, input: AssetUpdateInput) {
  return getDb().$transaction(async (tx) => {
    const before = await tx.asset.findFirst({
      where: { id: assetId, ...assetOfCustomer(customerId) },
      include: { location: { select: locationSelect }, owner: { select: { id: true, name: true } } },
    });
    if (!before) throw new AppError("NOT_FOUND", `Customer ${customerId} has no asset ${assetId}`);
    const moved = before.locationId !== input.locationId;
    const ownerChanged = before.ownerCustomerId !== input.ownerCustomerId;
    // An asset already at a location archived since stays editable; only a move there is refused.
    const location = moved ? await loadTargetLocation(tx, input.locationId) : before.location;
    const owner = ownerChanged ? await loadOwner(tx, input.ownerCustomerId) : before.owner;
    const after = await tx.asset.update({
      where: { id: assetId },
      data: { model: input.model, type: input.type, status: input.status, locationId: location?.id ?? null, ownerCustomerId: owner.id },
    });

    const serial = { before: after.serial, after: after.serial };
    const now = [location?.customerId, owner.id];
    if (moved) {
      const changes = { serial, location: { before: locationLabel(before.location), after: locationLabel(location) } };
      await auditOnCustomers(tx, { event: "asset.moved", actor, assetId, changes }, [before.location?.customerId, location?.customerId]);
    }
    if (ownerChanged) {
      const changes = { serial, owner: { before: before.owner.name, after: owner.name } };
      await auditOnCustomers(tx, { event: "asset.owner_changed", actor, assetId, changes }, [before.ownerCustomerId, owner.id]);
    }
    if (before.status !== after.status) {
      const changes = { serial, status: { before: formatAssetStatus(before.status), after: formatAssetStatus(after.status) } };
      await auditOnCustomers(tx, { event: "asset.status_changed", actor, assetId, changes }, now);
    }
    const details: FieldChanges = {};
    if (before.model !== after.model) details.model = { before: before.model, after: after.model };
    if (before.type !== after.type) details.type = { before: formatAssetType(before.type), after: formatAssetType(after.type) };
    if (Object.keys(details).length > 0) {
      await auditOnCustomers(tx, { event: "asset.updated", actor, assetId, changes: { serial, ...details } }, now);
    }
    const concerned = [customerId, before.location?.customerId, before.ownerCustomerId, ...now];
    return { asset: after, customerIds: [...new Set(concerned.filter((id): id is number => typeof id === "number"))] };
  });
}
