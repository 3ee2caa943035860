"use client";
import { signOut } from "next-auth/react";
import { buttonStyles } from "@/components/ui/button-styles";

export function SignOutButton() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/signin" })} className={buttonStyles.secondary}>
      Sign out
    </button>
  );
}
