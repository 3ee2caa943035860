// The normalized columns that make search and name sorting behave the same on SQLite and
// PostgreSQL: lower-cased text matched with LIKE, instead of a database-specific collation.
export function normalizeForSearch(value: string): string {
  return value.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

type SearchableCustomer = {
  id: number;
  name: string;
  billingEmail?: string | null;
  organisationNumber?: string | null;
  city?: string | null;
};

export function buildSearchText(customer: SearchableCustomer): string {
  return normalizeForSearch(
    [customer.id, customer.name, customer.billingEmail, customer.organisationNumber, customer.city]
      .filter((part) => part !== null && part !== undefined && part !== "")
      .join(" "),
  );
}

export function buildNameSort(name: string): string {
  return normalizeForSearch(name);
}
