import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { findCustomers } from "@/lib/customers/queries";
import { parseCustomerListQuery } from "@/lib/customers/schema";
import { CustomerFilters } from "@/components/customers/customer-filters";
import { CustomersTable } from "@/components/customers/customers-table";
import { ListPagination } from "@/components/customers/list-pagination";
import { buttonStyles } from "@/components/ui/button-styles";
import { ExportBar } from "@/components/customers/export-bar";
import { exportLinks } from "@/lib/export/href";
import { customerListHref, customerListSearch } from "@/lib/customers/list-url";
import { getListColumns, listSavedViews } from "@/lib/list-views/queries";
import { ColumnChooser } from "@/components/list-views/column-chooser";
import { SavedViews } from "@/components/list-views/saved-views";
import { ActiveFilterChips } from "@/components/customers/active-filter-chips";
import { RESULTS_ID } from "@/components/customers/results-id";
import { BulkBar } from "@/components/customers/bulk/bulk-bar";
import { listAssignableManagers } from "@/lib/customers/bulk/queries";

export const metadata: Metadata = { title: "Customers" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CustomersPage({ searchParams }: Props) {
  const user = await requirePagePermission("customers.read", "/customers");
  const parsed = parseCustomerListQuery(await searchParams);
  const canBulk = can(user, "customers.write");
  const [result, managers, chosenColumns, views] = await Promise.all([
    findCustomers(parsed),
    canBulk ? listAssignableManagers() : [],
    getListColumns(user.id, "customers"),
    listSavedViews(user.id, "customers"),
  ]);
  // The query as shown: findCustomers may have moved a page past the end back to the last page.
  const query = { ...parsed, page: result.page };
  // A link naming its columns (a saved view) shows those; otherwise the user's own choice.
  const columns = query.cols ?? chosenColumns;
  const canExport = can(user, "customers.export");
  return (
    <>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Customers</h1>
        {can(user, "customers.import") && <Link href="/customers/import" className={`${buttonStyles.secondary} ml-auto mr-2`}>Import</Link>}
        {can(user, "customers.write") && (
          <Link href="/customers/new" className={buttonStyles.primary}>New customer</Link>
        )}
      </div>
      <CustomerFilters query={query} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        {canExport ? <ExportBar key={customerListHref(query)} links={exportLinks(query, columns)} total={result.total} totalIsLowerBound={result.totalIsLowerBound} sort={query.sort} dir={query.dir} columns={columns} /> : <span />}
        <ColumnChooser key={columns.join(",")} visible={columns} fromLink={Boolean(query.cols)} />
      </div>
      <div className="gap-4 xl:grid xl:grid-cols-[minmax(0,1fr)_15rem]">
      <section id={RESULTS_ID} tabIndex={-1} aria-label="Results" className="min-w-0 space-y-3 focus:outline-none">
        <ActiveFilterChips query={query} />
        {canBulk && (
          <BulkBar key={customerListHref(query)} total={result.total} totalIsLowerBound={result.totalIsLowerBound} query={customerListHref(query).split("?")[1] ?? ""} managers={managers}
            canArchive={can(user, "customers.archive")} offerSelectAll={!canExport} />
        )}
        <CustomersTable rows={result.rows} query={query} visible={columns} selectable={canExport || canBulk} />
      </section>
      <div className="mt-4 xl:mt-0">
        <SavedViews views={views} query={customerListSearch(query, { page: 1, cols: undefined })} columns={columns} />
      </div>
      </div>
      <ListPagination query={query} total={result.total} totalIsLowerBound={result.totalIsLowerBound} />
    </>
  );
}
