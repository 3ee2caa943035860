// The password length rules, without the common-password list (which reads a file): safe to
// import from client components.
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;
