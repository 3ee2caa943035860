// Prisma's answer when a unique index refuses a row (two saves of one value at the same time).
export const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";
