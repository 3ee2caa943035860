import { CONTRACT_STATUS_LABELS, type ContractStatus } from "@/lib/contracts/status";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONES: Record<ContractStatus, BadgeTone> = { active: "green", not_started: "blue", expired: "amber", ended: "gray" };

export function ContractStatusBadge({ status }: { status: ContractStatus }) {
  return <Badge tone={TONES[status]}>{CONTRACT_STATUS_LABELS[status]}</Badge>;
}
