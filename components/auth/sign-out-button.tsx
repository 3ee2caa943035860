import { signOutAction } from "@/lib/auth/sign-out";
import { buttonStyles } from "@/components/ui/button-styles";

// A form posting a server action: works without JavaScript, and its redirect is relative.
export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className={buttonStyles.secondary}>Sign out</button>
    </form>
  );
}
