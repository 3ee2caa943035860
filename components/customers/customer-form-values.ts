// The edit form's values live with the customer's server side (lib/customers/form-values.ts): the
// update action compares a submission against them.
export { customerFormValues } from "@/lib/customers/form-values";
