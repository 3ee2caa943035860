// Creates the first admin of a production database (no demo users there):
//   npm run staff:create-admin -- --email ops@example.com [--name "Ops Admin"]
// On a terminal it asks for the password (twice, not echoed); otherwise it prints a one-time
// password that must be changed at the first sign-in.
import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import { z } from "zod";
import { getDb } from "../lib/db/client";
import { hashPassword } from "../lib/auth/password";
import { writeAuditLog } from "../lib/audit/write-audit-log";
import { passwordProblem } from "../lib/staff/password-policy";
import { generateOneTimePassword } from "../lib/staff/secrets";

function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (text: string) => void; output: NodeJS.WriteStream };
    let muted = false;
    output._writeToOutput = (text) => { if (!muted || text.includes("\n")) output.output.write(muted ? "\n" : text); };
    rl.question(question, (answer) => { rl.close(); resolve(answer); });
    muted = true;
  });
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  const email = z.string().trim().toLowerCase().email().max(254).safeParse(values.email);
  if (!email.success) throw new Error("Give the admin's email: npm run staff:create-admin -- --email you@example.com");
  const db = getDb();
  if (await db.staffUser.findUnique({ where: { email: email.data } })) throw new Error(`${email.data} already exists.`);

  let password: string;
  let oneTime = false;
  if (process.stdin.isTTY) {
    password = await askHidden("Password (at least 12 characters): ");
    const problem = passwordProblem(password, email.data);
    if (problem) throw new Error(problem);
    if ((await askHidden("Repeat it: ")) !== password) throw new Error("The two passwords differ.");
  } else {
    password = generateOneTimePassword();
    oneTime = true;
  }
  const passwordHash = await hashPassword(password);
  const name = values.name?.trim() || email.data.split("@")[0];
  await db.$transaction(async (tx) => {
    const user = await tx.staffUser.create({ data: { email: email.data, name, role: "ADMIN", passwordHash, mustChangePassword: oneTime } });
    await writeAuditLog(tx, {
      event: "staff_user.created", actor: { id: null, label: "staff:create-admin" }, entityType: "staff_user", entityId: user.id,
      changes: { email: { before: null, after: user.email }, role: { before: null, after: "ADMIN" }, method: oneTime ? "password" : "chosen" },
    });
  });
  console.log(`Admin ${email.data} created.`);
  if (oneTime) console.log(`One-time password (shown once; must be changed at first sign-in): ${password}`);
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
