"use client";
// Archive asks first (the confirm dialog) and then offers Undo in its toast; Unarchive just
// unarchives. Both say in a toast that they are done.
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { setCustomerArchivedAction } from "@/lib/customers/actions";
import { buttonStyles } from "@/components/ui/button-styles";
import { useConfirmedSubmit } from "@/components/ui/confirm-dialog";
import { showToast } from "@/components/ui/toast";

function archiveForm(customerId: number, archived: boolean): FormData {
  const data = new FormData();
  data.set("id", String(customerId));
  data.set("archived", String(archived));
  return data;
}

export function ArchiveButton({ customerId, archived }: { customerId: number; archived: boolean }) {
  const confirm = useConfirmedSubmit({ message: "Archive this customer? It leaves the customer list but can be unarchived at any time.", confirmLabel: "Archive", enabled: !archived });
  const [state, formAction, pending] = useActionState(setCustomerArchivedAction, null);
  // What the last submission asked for, so its success can be told apart from the other's.
  const asked = useRef<"archive" | "unarchive" | null>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    confirm.onSubmit(event);
    if (!event.defaultPrevented) asked.current = archived ? "unarchive" : "archive";
  };
  useEffect(() => {
    if (!state?.ok || asked.current === null) return;
    const done = asked.current;
    asked.current = null;
    if (done === "unarchive") {
      showToast("Customer unarchived.");
      return;
    }
    showToast("Customer archived.", {
      action: {
        label: "Undo",
        run: () => {
          asked.current = "unarchive";
          startTransition(() => formAction(archiveForm(customerId, false)));
        },
      },
    });
  }, [state, customerId, formAction]);
  return (
    <>
      <form
        action={formAction}
        onSubmit={onSubmit}
        className="flex items-center gap-2"
      >
        <input type="hidden" name="id" value={customerId} />
        <input type="hidden" name="archived" value={archived ? "false" : "true"} />
        {state && !state.ok && <span role="alert" className="text-sm text-red-600">{state.error}</span>}
        <button type="submit" disabled={pending} className={archived ? buttonStyles.secondary : buttonStyles.danger}>
          {archived ? "Unarchive" : "Archive"}
        </button>
      </form>
      {confirm.dialog}
    </>
  );
}
