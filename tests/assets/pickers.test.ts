// Integration: the pickers' choices. Seed 001: archived objects leave the dropdowns, but "still
// appear in dropdown menus when searched by name", marked as archived.
import { beforeAll, describe, expect, it } from "vitest";
import { searchLocationOptions, searchOwnerOptions } from "@/lib/assets/pickers";
import { pickerQuerySchema } from "@/lib/assets/schema";
import { archiveCustomer, createCustomer } from "@/lib/customers/mutations";
import { customerInputSchema } from "@/lib/customers/schema";
import { createLocation, setLocationArchived } from "@/lib/locations/mutations";
import { locationInputSchema } from "@/lib/locations/schema";
import type { AuditActor } from "@/lib/audit/write-audit-log";
import { createStaffActor } from "../helpers/factories";

let actor: AuditActor;
let active: number;
let archived: number;
let activeSite: number;
let archivedSite: number;
let siteOfArchivedCustomer: number;

const query = (values: Record<string, string>) => pickerQuerySchema.parse(values);

beforeAll(async () => {
  actor = await createStaffActor();
  active = (await createCustomer(actor, customerInputSchema.parse({ name: "Quokka Imaging" }))).id;
  archived = (await createCustomer(actor, customerInputSchema.parse({ name: "Quokka Retired Clinic" }))).id;
  const site = async (customerId: number, name: string) => (await createLocation(actor, customerId, locationInputSchema.parse({ name, status: "active" }))).id;
  activeSite = await site(active, "Wombat wing");
  archivedSite = await site(active, "Wombat cellar");
  siteOfArchivedCustomer = await site(archived, "Wombat annex");
  await setLocationArchived(actor, active, archivedSite, true);
  await archiveCustomer(actor, archived);
});

describe("searchOwnerOptions", () => {
  it("finds an archived customer by name, marked archived, after the active ones", async () => {
    const options = await searchOwnerOptions(query({ q: "QUOKKA" }));
    expect(options.map((o) => [o.id, o.archived])).toEqual([[active, false], [archived, true]]);
  });

  it("leaves archived customers out of the list shown before anything is typed", async () => {
    const ids = (await searchOwnerOptions(query({ q: "" }))).map((o) => o.id);
    expect(ids).not.toContain(archived);
  });
});

describe("searchLocationOptions", () => {
  it("finds archived locations, and those of archived customers, by name, marked archived", async () => {
    const options = await searchLocationOptions(query({ q: "wombat" }));
    expect(options.map((o) => [o.id, o.archived])).toEqual([[activeSite, false], [siteOfArchivedCustomer, true], [archivedSite, true]]);
    expect(options.find((o) => o.id === siteOfArchivedCustomer)?.detail).toContain("Quokka Retired Clinic");
  });

  it("finds a location by its customer's name", async () => {
    const ids = (await searchLocationOptions(query({ q: "quokka imaging" }))).map((o) => o.id);
    expect(ids.sort()).toEqual([activeSite, archivedSite].sort());
  });

  it("lists only the page's customer's active locations before anything is typed", async () => {
    const options = await searchLocationOptions(query({ q: "", customerId: String(active) }));
    expect(options.map((o) => o.id)).toEqual([activeSite]);
  });

  it("reads a mangled query as a blank one", () => {
    expect(pickerQuerySchema.parse({ q: "x".repeat(500), customerId: "-3" })).toEqual({ q: "", customerId: undefined });
  });
});
