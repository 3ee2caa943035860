// The table every list in the console uses: bordered card, header row, striped dividers.
//
// Usage:
//   <Table columns={[{ label: "Name" }, { label: "Actions", hidden: true }]}>
//     {rows.map((row) => <tr key={row.id}><Td>{row.name}</Td><Td align="right">…</Td></tr>)}
//   </Table>
// `hidden` keeps a header for screen readers only; `nowrap` keeps a cell on one line.
type Column = { label: string; hidden?: boolean; align?: "left" | "right" };

export function Table({ columns, children }: { columns: Column[]; children: React.ReactNode }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={`px-3 py-2 font-semibold ${column.align === "right" ? "text-right" : ""}`}>
                {column.hidden ? <span className="sr-only">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

type TdProps = { children?: React.ReactNode; nowrap?: boolean; align?: "left" | "right"; className?: string; colSpan?: number };

export function Td({ children, nowrap, align, className = "", colSpan }: TdProps) {
  return (
    <td colSpan={colSpan} className={`px-3 py-2 ${nowrap ? "whitespace-nowrap" : ""} ${align === "right" ? "text-right" : ""} ${className}`}>
      {children}
    </td>
  );
}
