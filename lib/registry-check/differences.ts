// "Name or address differs from the registry": a finding on the customer page, not a warning.
// Compared without regard to case and spacing, since the registry writes names in capitals
// ("FJORDTANN TANNKLINIKK AS") and people rightly type them otherwise.

export type RegistryValueField = "name" | "addressLine1" | "addressLine2" | "postalCode" | "city";
export type RegistryDifference = { field: RegistryValueField; label: string; ours: string; registry: string };

type Ours = Record<RegistryValueField, string | null>;
type Theirs = { registryName: string | null; registryAddress: string | null; registryPostalCode: string | null; registryCity: string | null };

const LABELS: Record<RegistryValueField, string> = {
  name: "Name",
  addressLine1: "Address line 1",
  addressLine2: "Address line 2",
  postalCode: "Postal code",
  city: "City",
};

const comparable = (value: string | null) => (value ?? "").trim().replace(/\s+/g, " ").toLocaleLowerCase("nb");

/** The registry's values in our fields: the first address line, the others joined (our form has
 * two lines, the registry up to three), as the create-from-registry form fills them. */
export function registryValues(check: Theirs): Record<RegistryValueField, string> {
  const [first = "", ...rest] = (check.registryAddress ?? "").split("\n").filter(Boolean);
  return {
    name: check.registryName ?? "",
    addressLine1: first,
    addressLine2: rest.join(", "),
    postalCode: check.registryPostalCode ?? "",
    city: check.registryCity ?? "",
  };
}

/** Fields where ours and the registry's differ. Nothing when the registry gave no name (no answer
 * yet, a deleted or unknown unit): there is nothing to compare with. */
export function registryDifferences(ours: Ours, check: Theirs): RegistryDifference[] {
  if (!check.registryName) return [];
  const theirs = registryValues(check);
  return (Object.keys(LABELS) as RegistryValueField[])
    .filter((field) => comparable(ours[field]) !== comparable(theirs[field]))
    .map((field) => ({ field, label: LABELS[field], ours: ours[field] ?? "", registry: theirs[field] }));
}
