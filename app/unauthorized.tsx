import Link from "next/link";

export default function Unauthorized() {
  return (
    <main className="mx-auto max-w-xl space-y-3 px-4 py-16 text-center">
      <p className="text-sm font-semibold text-slate-500">401</p>
      <h1 className="text-2xl font-semibold">Please sign in</h1>
      <p className="text-slate-600">Your session has ended or you are not signed in.</p>
      <Link href="/signin" className="text-indigo-700 hover:underline">Sign in</Link>
    </main>
  );
}
