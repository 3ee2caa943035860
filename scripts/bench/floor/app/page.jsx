// A 50-row, 7-column table rendered per request with made-up rows: what any Next.js page of this
// shape costs before our queries, session check and components (PERFORMANCE.md, "The floor").
export const dynamic = "force-dynamic";

const STATUSES = ["paying", "trial", "churned", "suspended"];

export default async function FloorPage() {
  const rows = Array.from({ length: 50 }, (_, i) => ({
    id: 100000 - i,
    name: `Customer ${100000 - i}`,
    status: STATUSES[i % 4],
    origin: "manage",
    city: "Oslo",
    country: "NO",
    created: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
  }));
  return (
    <main>
      <h1>Customers</h1>
      <table>
        <thead>
          <tr>{["Id", "Name", "Status", "Origin", "Location", "Country", "Created"].map((h) => <th key={h}>{h}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.id}</td>
              <td><a href={`/customers/${r.id}`}>{r.name}</a></td>
              <td>{r.status}</td>
              <td>{r.origin}</td>
              <td>{r.city}</td>
              <td>{r.country}</td>
              <td>{r.created}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
