import Link from "next/link";
import { customerListHref } from "@/lib/customers/list-url";
import { formatTotal } from "@/lib/format/counts";
import { MAX_LIST_PAGE, PAGE_SIZES, type CustomerListQuery } from "@/lib/customers/schema";

const number = new Intl.NumberFormat("en-US");

/** `totalIsLowerBound` (a filtered view past the count's bound, decision 040): "10,000+
 * customers", no page count, and "Last" asks for the highest page the URL allows, which the server
 * moves back to the real last page (read from the end). */
export function ListPagination({ query, total, totalIsLowerBound = false }: { query: CustomerListQuery; total: number; totalIsLowerBound?: boolean }) {
  const lastPage = totalIsLowerBound ? MAX_LIST_PAGE : Math.max(1, Math.ceil(total / query.pageSize));
  const link = "rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm hover:bg-slate-50";
  // Disabled links: a dashed border says "not available"; the text keeps 4.5:1 contrast (WCAG AA).
  const disabled = "rounded-md border border-dashed border-slate-300 px-2.5 py-1 text-sm text-slate-600";
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
      <p>
        Displaying {formatTotal(total, totalIsLowerBound)} {total === 1 ? "customer" : "customers"}
      </p>
      <div className="flex items-center gap-2">
        <span>Per page:</span>
        {PAGE_SIZES.map((size) =>
          size === query.pageSize ? (
            <span key={size} aria-current="true" className="font-semibold text-slate-900">{size}</span>
          ) : (
            <Link key={size} href={customerListHref(query, { pageSize: size, page: 1 })} prefetch={false} className="hover:underline">{size}</Link>
          ),
        )}
      </div>
      <div className="flex items-center gap-1.5">
        {query.page > 1 ? <Link href={customerListHref(query, { page: 1 })} prefetch={false} className={link}>« First</Link> : <span className={disabled}>« First</span>}
        {query.page > 1 ? <Link href={customerListHref(query, { page: query.page - 1 })} rel="prev" prefetch={false} className={link}>‹ Previous</Link> : <span className={disabled}>‹ Previous</span>}
        <span className="px-2">Page {number.format(query.page)}{totalIsLowerBound ? "" : ` of ${number.format(lastPage)}`}</span>
        {query.page < lastPage ? <Link href={customerListHref(query, { page: query.page + 1 })} rel="next" prefetch={false} className={link}>Next ›</Link> : <span className={disabled}>Next ›</span>}
        {query.page < lastPage ? <Link href={customerListHref(query, { page: lastPage })} prefetch={false} className={link}>Last »</Link> : <span className={disabled}>Last »</span>}
      </div>
    </nav>
  );
}
