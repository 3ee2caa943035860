// The Audit log tab's kind filter and pager: plain links, so the state is in the URL.
import Link from "next/link";
import { AUDIT_KIND_LABELS, AUDIT_KINDS, type AuditKind } from "@/lib/audit/customer-log";

const number = new Intl.NumberFormat("en-US");

function href(base: string, kind: AuditKind | undefined, page: number): string {
  const params = new URLSearchParams();
  if (kind) params.set("kind", kind);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

export function AuditKindFilter({ base, kind }: { base: string; kind?: AuditKind }) {
  const options: Array<{ kind: AuditKind | undefined; label: string }> = [{ kind: undefined, label: "All" }, ...AUDIT_KINDS.map((k) => ({ kind: k, label: AUDIT_KIND_LABELS[k] }))];
  return (
    <nav aria-label="Kind of record" className="flex flex-wrap gap-1 text-sm">
      {options.map((option) => (
        <Link
          key={option.label}
          href={href(base, option.kind, 1)}
          aria-current={option.kind === kind ? "true" : undefined}
          className={`rounded-md px-2.5 py-1 ${option.kind === kind ? "bg-indigo-50 font-semibold text-indigo-700" : "text-slate-600 hover:bg-slate-50"}`}
        >
          {option.label}
        </Link>
      ))}
    </nav>
  );
}

export function AuditPager({ base, kind, page, pageSize, total }: { base: string; kind?: AuditKind; page: number; pageSize: number; total: number }) {
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const link = "rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm hover:bg-slate-50";
  const disabled = "rounded-md border border-slate-200 px-2.5 py-1 text-sm text-slate-300";
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav aria-label="Audit log pages" className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
      <p>
        {number.format(first)}–{number.format(last)} of {number.format(total)} {total === 1 ? "change" : "changes"}
      </p>
      <div className="flex items-center gap-1.5">
        {page > 1 ? <Link href={href(base, kind, 1)} className={link}>« Newest</Link> : <span className={disabled}>« Newest</span>}
        {page > 1 ? <Link href={href(base, kind, page - 1)} rel="prev" className={link}>‹ Newer</Link> : <span className={disabled}>‹ Newer</span>}
        <span className="px-2">Page {number.format(page)} of {number.format(lastPage)}</span>
        {page < lastPage ? <Link href={href(base, kind, page + 1)} rel="next" className={link}>Older ›</Link> : <span className={disabled}>Older ›</span>}
        {page < lastPage ? <Link href={href(base, kind, lastPage)} className={link}>Oldest »</Link> : <span className={disabled}>Oldest »</span>}
      </div>
    </nav>
  );
}
