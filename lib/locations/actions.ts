"use server";
// Location server actions: public endpoints, each parsed, authorized and run through runAction.
// The customer id comes from the form, so every write checks on the server that the location
// belongs to that customer (lib/locations/mutations.ts). A location id of another customer is
// refused with forbidden() (decision 014 on the status a script sees).
import { forbidden } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formDataToObject, runAction } from "../actions/safe-action";
import { runCustomerRecordAction, type RecordFormState } from "../actions/customer-record-action";
import { customerIdSchema } from "../customers/schema";
import { createLocation, setLocationArchived, updateLocation } from "./mutations";
import { locationIdSchema, locationInputSchema } from "./schema";

/** A failed submission carries the values typed, so the form can show them again. */
export type LocationFormState = RecordFormState;

const createSchema = locationInputSchema.extend({ customerId: customerIdSchema });
const updateSchema = locationInputSchema.extend({ customerId: customerIdSchema, locationId: locationIdSchema });
const archiveSchema = z.object({ customerId: customerIdSchema, locationId: locationIdSchema, archived: z.enum(["true", "false"]) });

const locationsPath = (customerId: number) => `/customers/${customerId}/locations`;

export async function createLocationAction(_previous: LocationFormState, formData: FormData): Promise<LocationFormState> {
  return runCustomerRecordAction({ permission: "customers.write", schema: createSchema, formData, redirectTo: locationsPath }, (actor, { customerId, ...location }) =>
    createLocation(actor, customerId, location),
  );
}

export async function updateLocationAction(_previous: LocationFormState, formData: FormData): Promise<LocationFormState> {
  return runCustomerRecordAction({ permission: "customers.write", schema: updateSchema, formData, redirectTo: locationsPath }, async (actor, { customerId, locationId, ...location }) => {
    await updateLocation(actor, customerId, locationId, location);
    // The location's name shows on the asset tabs of other customers too (hardware as a service).
    revalidatePath("/customers", "layout");
  });
}

export async function setLocationArchivedAction(_previous: LocationFormState, formData: FormData): Promise<LocationFormState> {
  const result = await runAction(
    { permission: "customers.write", schema: archiveSchema, input: formDataToObject(formData) },
    async ({ actor, input: { customerId, locationId, archived } }) => {
      await setLocationArchived(actor, customerId, locationId, archived === "true");
      return { customerId };
    },
  );
  if (result.ok) revalidatePath("/customers", "layout");
  if (!result.ok && result.code === "NOT_FOUND") forbidden();
  return result;
}
