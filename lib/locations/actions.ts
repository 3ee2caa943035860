"use server";
// Location server actions: public endpoints, each parsed, authorized and run through runAction.
// The customer id comes from the form, so every write checks on the server that the location
// belongs to that customer (lib/locations/mutations.ts). A location id of another customer is
// refused with forbidden() (decision 014 on the status a script sees).
import { forbidden, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formDataToObject, runAction, type ActionResult } from "../actions/safe-action";
import { customerIdSchema } from "../customers/schema";
import { createLocation, setLocationArchived, updateLocation } from "./mutations";
import { locationIdSchema, locationInputSchema } from "./schema";

/** A failed submission carries the values typed, so the form can show them again. */
export type LocationFormState = (ActionResult<{ customerId: number }> & { values?: Record<string, string> }) | null;

const createSchema = locationInputSchema.extend({ customerId: customerIdSchema });
const updateSchema = locationInputSchema.extend({ customerId: customerIdSchema, locationId: locationIdSchema });
const archiveSchema = z.object({ customerId: customerIdSchema, locationId: locationIdSchema, archived: z.enum(["true", "false"]) });

const locationsPath = (customerId: number) => `/customers/${customerId}/locations`;

export async function createLocationAction(_previous: LocationFormState, formData: FormData): Promise<LocationFormState> {
  const values = formDataToObject(formData);
  const result = await runAction(
    { permission: "customers.write", schema: createSchema, input: values },
    async ({ actor, input: { customerId, ...location } }) => {
      await createLocation(actor, customerId, location);
      return { customerId };
    },
  );
  if (result.ok) {
    revalidatePath(`/customers/${result.data.customerId}`, "layout");
    redirect(locationsPath(result.data.customerId));
  }
  if (result.code === "NOT_FOUND") forbidden();
  return { ...result, values };
}

export async function updateLocationAction(_previous: LocationFormState, formData: FormData): Promise<LocationFormState> {
  const values = formDataToObject(formData);
  const result = await runAction(
    { permission: "customers.write", schema: updateSchema, input: values },
    async ({ actor, input: { customerId, locationId, ...location } }) => {
      await updateLocation(actor, customerId, locationId, location);
      return { customerId };
    },
  );
  if (result.ok) {
    // The location's name shows on the asset tabs of other customers too (hardware as a service).
    revalidatePath("/customers", "layout");
    redirect(locationsPath(result.data.customerId));
  }
  if (result.code === "NOT_FOUND") forbidden();
  return { ...result, values };
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
