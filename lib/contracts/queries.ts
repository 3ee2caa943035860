// Reads for the Contracts tab: a customer's contracts, one contract, and the usage the invoice
// preview of its active contracts is computed from.
import { AppError } from "../app-error";
import { getDb } from "../db/client";
import { billingMonth } from "../invoices/preview";
import { previewContractMonths, type ContractMonthPreview } from "../invoices/contract-months";
import { contractStatus, type ContractStatus } from "./status";
import type { Contract } from "../../generated/prisma/client";

export type ContractRow = Contract & { status: ContractStatus };
export type ContractWithPreview = ContractRow & { preview: ContractMonthPreview[] | null };

export async function listCustomerContracts(customerId: number, now = new Date()): Promise<ContractRow[]> {
  const contracts = await getDb().contract.findMany({
    where: { customerId },
    orderBy: [{ startDate: "desc" }, { id: "desc" }],
  });
  return contracts.map((contract) => ({ ...contract, status: contractStatus(contract, now) }));
}

/** The customer's contracts, each one active in the previous or current (to date) month with
 * both months, billed by day (lib/invoices/contract-months.ts). */
export async function listContractsWithPreview(customerId: number, now = new Date()): Promise<ContractWithPreview[]> {
  const months = [billingMonth(now, -1), billingMonth(now, 0)];
  const db = getDb();
  const [contracts, usage, scanners] = await Promise.all([
    listCustomerContracts(customerId, now),
    db.monthlyUsage.findMany({
      where: { customerId, month: { in: months.map((month) => month.key) } },
      select: { month: true, studies: true, transactions: true },
    }),
    db.scanner.findMany({
      where: { customerId, firstSeenAt: { lt: months[1].end }, lastSeenAt: { gte: months[0].start } },
      select: { firstSeenAt: true, lastSeenAt: true, archivedAt: true },
    }),
  ]);
  // A type the app does not know (hand-edited data) gets no preview rather than a broken page.
  const previews = previewContractMonths(contracts, months, usage, scanners);
  return contracts.map((contract) => {
    const preview = previews.get(contract.id) ?? null;
    return { ...contract, preview: preview && preview.some((month) => month.activeDays > 0) ? preview : null };
  });
}

export async function getCustomerContractOrThrow(customerId: number, contractId: number, now = new Date()): Promise<ContractRow> {
  const contract = await getDb().contract.findUnique({ where: { id: contractId } });
  if (!contract || contract.customerId !== customerId) throw new AppError("NOT_FOUND", `Contract ${contractId} does not exist`);
  return { ...contract, status: contractStatus(contract, now) };
}
