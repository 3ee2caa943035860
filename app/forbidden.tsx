import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-xl space-y-3 px-4 py-16 text-center">
      <p className="text-sm font-semibold text-red-600">403</p>
      <h1 className="text-2xl font-semibold">You don’t have access to this</h1>
      <p className="text-slate-600">Your role does not allow this action. Ask an admin if you need it.</p>
      <Link href="/customers" className="text-indigo-700 hover:underline">Back to customers</Link>
    </main>
  );
}
