// Writes of a customer's locations. Each runs in one transaction with its audit row on that
// customer. No write ever sets customerId after creation: a location stays with its customer.
import { AppError } from "../app-error";
import { diffFields } from "../audit/diff";
import { auditCreated, auditUpdated } from "../audit/record-audit";
import { writeAuditLog, type AuditActor } from "../audit/write-audit-log";
import { getDb, type Tx } from "../db/client";
import { formatLocationStatus, type LocationInput } from "./schema";

type LocationSnapshot = Omit<LocationInput, "status"> & { status: string };

function auditSnapshot(location: LocationSnapshot): Record<string, unknown> {
  return {
    name: location.name,
    addressLine1: location.addressLine1,
    postalCode: location.postalCode,
    city: location.city,
    region: location.region,
    country: location.country,
    status: formatLocationStatus(location.status),
  };
}

async function requireCustomer(tx: Tx, customerId: number) {
  const customer = await tx.customer.findUnique({ where: { id: customerId }, select: { id: true } });
  if (!customer) throw new AppError("NOT_FOUND", `Customer ${customerId} does not exist`);
}

/** The location, only if it belongs to this customer: an id taken from another customer's page
 * is refused as if it did not exist, so nothing of the other customer's is touched. */
async function loadOwnedLocation(tx: Tx, customerId: number, locationId: number) {
  const location = await tx.location.findFirst({ where: { id: locationId, customerId } });
  if (!location) throw new AppError("NOT_FOUND", `Customer ${customerId} has no location ${locationId}`);
  return location;
}

const locationData = (input: LocationInput) => ({
  name: input.name,
  addressLine1: input.addressLine1,
  postalCode: input.postalCode,
  city: input.city,
  region: input.region,
  country: input.country,
  status: input.status,
});

export async function createLocation(actor: AuditActor, customerId: number, input: LocationInput) {
  return getDb().$transaction(async (tx) => {
    await requireCustomer(tx, customerId);
    const location = await tx.location.create({ data: { customerId, ...locationData(input) } });
    await auditCreated(tx, { event: "location.created", actor, entityType: "location", entityId: location.id, customerId }, auditSnapshot(location));
    return location;
  });
}

export async function updateLocation(actor: AuditActor, customerId: number, locationId: number, input: LocationInput) {
  return getDb().$transaction(async (tx) => {
    const before = await loadOwnedLocation(tx, customerId, locationId);
    const after = await tx.location.update({ where: { id: locationId }, data: locationData(input) });
    await auditUpdated(tx, { event: "location.updated", actor, entityType: "location", entityId: locationId, customerId }, auditSnapshot(before), auditSnapshot(after));
    return after;
  });
}

/** Archives or unarchives; asking for the state it already has changes nothing and writes no row. */
export async function setLocationArchived(actor: AuditActor, customerId: number, locationId: number, archived: boolean) {
  return getDb().$transaction(async (tx) => {
    const before = await loadOwnedLocation(tx, customerId, locationId);
    if ((before.archivedAt !== null) === archived) return before;
    const after = await tx.location.update({ where: { id: locationId }, data: { archivedAt: archived ? new Date() : null } });
    await writeAuditLog(tx, {
      event: archived ? "location.archived" : "location.unarchived",
      actor,
      entityType: "location",
      entityId: locationId,
      customerId,
      changes: diffFields({ archivedAt: before.archivedAt }, { archivedAt: after.archivedAt }),
    });
    return after;
  });
}
