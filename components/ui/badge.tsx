// Badges appear on every list row, so their styles are short CSS classes (app/globals.css).
export type BadgeTone = "green" | "blue" | "amber" | "gray" | "red";

export function Badge({ tone = "gray", children }: { tone?: BadgeTone; children: React.ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
