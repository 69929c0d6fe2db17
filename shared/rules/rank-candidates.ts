// Who may make an order and in what order (DOMAIN.md, Dispatch), with the reasons for each place.
// Pure: the core feeds it the partners' maintained aggregates; tests feed it hand-made partners.
import type { Candidate, ExcludedPartner } from "../contract/dispatch";
import type { Capability, Region, Tier } from "../domain";
import { capabilityLabels, regionLabels, tierLabels } from "../labels";

export interface PartnerForDispatch {
  partnerId: number;
  name: string;
  active: boolean;
  servesRegion: boolean;
  missingCapabilities: Capability[];
  capacity: number;
  activeOrders: number;
  tier: Tier;
  rating: number | null;
  lastAssignedAt: string | null;
}

export interface OrderForDispatch {
  keyAccount: boolean;
  region: Region;
  capabilities: Capability[];
}

/** Compliant and highly rated partners first, then new ones, then lower ones (match review). */
const groupOf = (tier: Tier) =>
  tier === "highly_rated" || tier === "compliant" ? 0 : tier === "new" ? 1 : 2;

function exclusionRule(
  p: PartnerForDispatch,
  order: OrderForDispatch,
): string | null {
  if (!p.active) return "Paused: takes no new orders.";
  if (p.missingCapabilities.length > 0) {
    return `Cannot make it: lacks ${p.missingCapabilities.map((c) => capabilityLabels[c]).join(", ")}.`;
  }
  if (!p.servesRegion) return `Does not serve ${regionLabels[order.region]}.`;
  if (p.activeOrders >= p.capacity)
    return `At capacity: ${p.activeOrders} of ${p.capacity} active orders.`;
  return null;
}

/** Ties: fewer active orders, then longer since the last assignment (never first), then name. */
function compareTies(a: PartnerForDispatch, b: PartnerForDispatch): number {
  if (a.activeOrders !== b.activeOrders) return a.activeOrders - b.activeOrders;
  const since = (p: PartnerForDispatch) => p.lastAssignedAt ?? "";
  if (since(a) !== since(b)) return since(a) < since(b) ? -1 : 1;
  return a.name.localeCompare(b.name);
}

export function rankCandidates(
  order: OrderForDispatch,
  partners: PartnerForDispatch[],
): {
  candidates: Candidate[];
  excluded: ExcludedPartner[];
  noHighlyRatedAvailable: boolean;
} {
  const excluded: ExcludedPartner[] = [];
  const eligible: PartnerForDispatch[] = [];
  for (const p of partners) {
    const rule = exclusionRule(p, order);
    if (rule) excluded.push({ partnerId: p.partnerId, name: p.name, rule });
    else eligible.push(p);
  }
  const needsOverride = (p: PartnerForDispatch) =>
    order.keyAccount && p.tier !== "highly_rated";
  const sorted = [...eligible].sort((a, b) => {
    if (needsOverride(a) !== needsOverride(b)) return needsOverride(a) ? 1 : -1;
    if (groupOf(a.tier) !== groupOf(b.tier))
      return groupOf(a.tier) - groupOf(b.tier);
    if ((a.rating ?? 0) !== (b.rating ?? 0))
      return (b.rating ?? 0) - (a.rating ?? 0);
    return compareTies(a, b);
  });

  const candidates = sorted.map((p, index): Candidate => {
    const reasons = [
      p.rating === null
        ? `${tierLabels[p.tier]}: no rated orders in the window.`
        : `${tierLabels[p.tier]}, rating ${p.rating.toFixed(2)}.`,
      `Can make it (${order.capabilities.map((c) => capabilityLabels[c]).join(", ")}) and serves ${regionLabels[order.region]}.`,
      `${p.activeOrders} of ${p.capacity} active orders${p.lastAssignedAt ? `, last assigned ${p.lastAssignedAt.slice(0, 10)}` : ", never assigned"}.`,
    ];
    if (needsOverride(p))
      reasons.push(
        "Key-account order and not highly rated: assigning is an override that needs a written reason.",
      );
    if (p.tier === "new")
      reasons.push("New partner: placed after compliant partners.");
    if (p.tier === "lower")
      reasons.push(
        "Lower tier: placed last; assigning needs a note of how the match was checked.",
      );
    const previous = sorted[index - 1];
    if (
      previous &&
      needsOverride(previous) === needsOverride(p) &&
      groupOf(previous.tier) === groupOf(p.tier) &&
      (previous.rating ?? 0) === (p.rating ?? 0)
    ) {
      reasons.push(
        `Same rating as ${previous.name}: placed by load, time since last assignment and name.`,
      );
    }
    return {
      partnerId: p.partnerId,
      name: p.name,
      rank: index + 1,
      tier: p.tier,
      rating: p.rating,
      activeOrders: p.activeOrders,
      capacity: p.capacity,
      lastAssignedAt: p.lastAssignedAt,
      matchReview: p.tier === "lower",
      needsOverride: needsOverride(p),
      reasons,
    };
  });
  return {
    candidates,
    excluded,
    noHighlyRatedAvailable:
      order.keyAccount && !candidates.some((c) => c.tier === "highly_rated"),
  };
}
