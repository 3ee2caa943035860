// Measures sign-in time for a known vs an unknown email (attemptSignIn, the function next-auth's
// authorize calls: throttle look-up, user look-up, one bcrypt comparison, the attempt row), and
// the throttle's answer time. Run on a scratch database:
//   DATABASE_URL=file:./tmp/bench-signin.db npx prisma migrate deploy && DATABASE_URL=file:./tmp/bench-signin.db npx tsx scripts/bench-sign-in.ts
import { getDb } from "../lib/db/client";
import { hashPassword } from "../lib/auth/password";
import { attemptSignIn } from "../lib/auth/sign-in";

const RUNS = 40;
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function time(label: string, email: (i: number) => string, address: (i: number) => string) {
  const samples: number[] = [];
  const outcomes = new Map<string, number>();
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    const result = await attemptSignIn({ email: email(i), password: "wrong password here" }, address(i));
    samples.push(performance.now() - started);
    outcomes.set(result.outcome, (outcomes.get(result.outcome) ?? 0) + 1);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  console.log(`${label.padEnd(34)} p50 ${pct(samples, 50).toFixed(1)} ms  p90 ${pct(samples, 90).toFixed(1)} ms  mean ${mean.toFixed(1)} ms  ${JSON.stringify(Object.fromEntries(outcomes))}`);
}

async function main() {
  const db = getDb();
  await db.signInAttempt.deleteMany();
  const passwordHash = await hashPassword("the right password");
  await db.staffUser.deleteMany({ where: { email: { startsWith: "known" } } });
  await db.staffUser.createMany({ data: Array.from({ length: RUNS }, (_, i) => ({ email: `known${i}@example.com`, name: `Known ${i}`, role: "SUPPORT", passwordHash })) });
  // Alternating known/unknown, one attempt per email and address, so no run is throttled.
  for (let round = 0; round < 3; round += 1) {
    await db.signInAttempt.deleteMany();
    await time(`known email, wrong password (r${round + 1})`, (i) => `known${i}@example.com`, (i) => `10.${round}.0.${i}`);
    await db.signInAttempt.deleteMany();
    await time(`unknown email (r${round + 1})`, (i) => `nobody${round}-${i}@example.com`, (i) => `10.${round}.1.${i}`);
  }
  // The throttle: the 6th failure for one email and every later one is refused without bcrypt.
  await db.signInAttempt.deleteMany();
  await time("one email, 40 tries", () => "known0@example.com", (i) => `10.9.0.${i}`);
  await db.signInAttempt.deleteMany();
  await time("one address, 40 tries", (i) => `guess${i}@example.com`, () => "10.9.9.9");
  await db.$disconnect();
}

void main();
