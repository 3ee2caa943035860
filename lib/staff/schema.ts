// Input of the staff screens (/settings/staff, /settings/account, invitations).
import { z } from "zod";
import { ROLES } from "../auth/roles";

export const STAFF_ADD_METHODS = ["invitation", "password"] as const;

const role = z.enum(ROLES, { error: "Choose one of the roles." });
const userId = z.coerce.number({ error: "Unknown staff user." }).int().positive();

export const staffCreateSchema = z.object({
  name: z.string().trim().min(1, "Enter a name.").max(100, "At most 100 characters."),
  email: z.string().trim().toLowerCase().email("Enter a valid email address.").max(254),
  role,
  method: z.enum(STAFF_ADD_METHODS, { error: "Choose an invitation link or a one-time password." }),
});
export type StaffCreateInput = z.output<typeof staffCreateSchema>;

export const staffRoleSchema = z.object({ id: userId, role });
export const staffIdSchema = z.object({ id: userId });

export const ownPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(200),
    newPassword: z.string().max(200, "At most 200 characters."),
    confirmPassword: z.string().max(200),
  })
  .refine((value) => value.newPassword === value.confirmPassword, { path: ["confirmPassword"], message: "The two new passwords differ." });

export const invitationAcceptSchema = z
  .object({
    token: z.string().min(10).max(200),
    newPassword: z.string().max(200, "At most 200 characters."),
    confirmPassword: z.string().max(200),
  })
  .refine((value) => value.newPassword === value.confirmPassword, { path: ["confirmPassword"], message: "The two passwords differ." });
