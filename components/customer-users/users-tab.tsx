// Seed 002's Users tab: the customer's own people; add, edit (?edit=<id>) and remove.
import { createCustomerUserAction, removeCustomerUserAction, updateCustomerUserAction } from "@/lib/customer-users/actions";
import { CUSTOMER_USER_ROLES, CUSTOMER_USER_ROLE_LABELS, type CustomerUserRole } from "@/lib/customer-users/schema";
import { RecordActionButton } from "@/components/ui/record-action-button";
import { AddOrEditForm, RowActionsCell, type RecordField, type RecordFormKind } from "@/components/ui/record-form";
import { Table, Td } from "@/components/ui/table";

type UserRow = { id: number; name: string; email: string; role: string; version: number };
type Props = { customerId: number; rows: UserRow[]; canWrite: boolean; editId: number | null };

const USER_FIELDS: readonly RecordField[] = [
  { name: "name", label: "Name", required: true, maxLength: 200 },
  { name: "email", label: "Email", type: "email", required: true, maxLength: 254 },
  { name: "role", label: "Role", type: "select", options: CUSTOMER_USER_ROLES.map((r) => ({ value: r, label: CUSTOMER_USER_ROLE_LABELS[r] })) },
];

const USER_FORM: RecordFormKind = {
  noun: "user",
  tab: "users",
  idField: "userId",
  create: createCustomerUserAction,
  update: updateCustomerUserAction,
  fields: USER_FIELDS,
};

export function UsersTab({ customerId, rows, canWrite, editId }: Props) {
  const editing = rows.find((row) => row.id === editId) ?? null;
  const columns = ["Name", "Email", "Role"].map((label) => ({ label }));
  return (
    <section aria-labelledby="users-heading" className="space-y-3">
      <h2 id="users-heading" className="text-lg font-semibold">Users</h2>
      <Table columns={[...columns, ...(canWrite ? [{ label: "Actions", hidden: true }] : [])]}>
        {rows.length === 0 && <tr><Td colSpan={columns.length + 1} className="text-slate-500">No users yet.</Td></tr>}
        {rows.map((row) => (
          <tr key={row.id} data-testid="customer-user-row">
            <Td>{row.name}</Td>
            <Td>{row.email}</Td>
            <Td>{CUSTOMER_USER_ROLE_LABELS[row.role as CustomerUserRole] ?? row.role}</Td>
            {canWrite && (
              <RowActionsCell kind={USER_FORM} customerId={customerId} id={row.id} name={row.name}>
                <RecordActionButton
                  action={removeCustomerUserAction}
                  hidden={{ customerId, userId: row.id, version: row.version }}
                  label="Remove"
                  ariaLabel={`Remove ${row.name}`}
                  confirm={`Remove ${row.name} (${row.email}) from this customer?`}
                  doneMessage={`${row.name} removed.`}
                />
              </RowActionsCell>
            )}
          </tr>
        ))}
      </Table>
      {canWrite && (
        <AddOrEditForm
          kind={USER_FORM}
          customerId={customerId}
          editing={editing ? { id: editing.id, name: editing.name, version: editing.version } : undefined}
          initialValues={editing ? { name: editing.name, email: editing.email, role: editing.role } : { name: "", email: "", role: "member" }}
        />
      )}
    </section>
  );
}
