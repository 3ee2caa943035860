export default function Loading() {
  return <p className="py-10 text-center text-sm text-slate-500">Loading customers…</p>;
}
