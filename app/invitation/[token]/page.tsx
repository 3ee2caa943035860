import type { Metadata } from "next";
import { AcceptInvitationForm } from "@/components/staff/accept-invitation-form";

export const metadata: Metadata = { title: "Choose your password" };

// Public: the token is the credential. It is checked when the form is sent (used, expired or
// unknown links get the same message), so the page itself reveals nothing.
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm space-y-6 rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <div>
          <h1 className="text-xl font-semibold">Welcome to the customer console</h1>
          <p className="text-sm text-slate-500">Choose the password for your staff account.</p>
        </div>
        <AcceptInvitationForm token={token.slice(0, 200)} />
      </div>
    </main>
  );
}
