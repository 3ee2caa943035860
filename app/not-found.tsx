import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl space-y-3 px-4 py-16 text-center">
      <p className="text-sm font-semibold text-slate-500">404</p>
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-slate-600">There is nothing at this address. The customer may never have existed.</p>
      <Link href="/customers" className="text-indigo-700 hover:underline">Back to customers</Link>
    </main>
  );
}
