// Who may make an order and in what order (DOMAIN.md, Dispatch), with the reasons for each place.
// Pure: the core feeds it the partners' maintained aggregates; tests feed it hand-made partners.
import type {
  Candidate,
  DispatchReason,
  ExcludedPartner,
} from "../contract/dispatch";
import type { Capability, Region, Tier } from "../domain";
import type { Policy } from "../policy";

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
): DispatchReason | null {
  if (!p.active) return { key: "reason.paused" };
  if (p.missingCapabilities.length > 0) {
    return {
      key: "reason.lacksCapabilities",
      values: { capabilities: p.missingCapabilities },
    };
  }
  if (!p.servesRegion)
    return { key: "reason.notInRegion", values: { region: order.region } };
  if (p.activeOrders >= p.capacity)
    return {
      key: "reason.atCapacity",
      values: { activeOrders: p.activeOrders, capacity: p.capacity },
    };
  return null;
}

/** How close to a tier's threshold a rating counts as near: a rating or two from crossing it. */
const nearThresholdWithin = 0.05;

type Thresholds = Pick<Policy, "highlyRatedFrom" | "compliantFrom">;

/** The tier threshold a rating sits just below or just above, if any. */
function nearThreshold(
  p: PartnerForDispatch,
  thresholds: Thresholds | undefined,
): Candidate["nearThreshold"] {
  if (p.rating === null || !thresholds) return null;
  const lines = [
    { tier: "highly_rated", at: thresholds.highlyRatedFrom },
    { tier: "compliant", at: thresholds.compliantFrom },
  ] as const;
  for (const line of lines) {
    // The tier says which side: it is computed exactly, the difference here in floating point.
    const reached =
      p.tier === "highly_rated" ||
      (line.tier === "compliant" && p.tier === "compliant");
    const by = Math.abs(p.rating - line.at);
    if (by < nearThresholdWithin)
      return { tier: line.tier, by, side: reached ? "above" : "below" };
  }
  return null;
}

/** The rule that put a candidate below the one ranked just above it (or first). */
function placedBy(
  p: PartnerForDispatch,
  index: number,
  previous: PartnerForDispatch | undefined,
  needsOverride: (p: PartnerForDispatch) => boolean,
): DispatchReason {
  const groupRule = (): DispatchReason | null =>
    needsOverride(p) && (!previous || !needsOverride(previous))
      ? { key: "reason.keyAccountOverride" }
      : p.tier === "new" && (!previous || groupOf(previous.tier) !== 1)
        ? { key: "reason.newPartner" }
        : p.tier === "lower" && (!previous || groupOf(previous.tier) !== 2)
          ? { key: "reason.lowerTier" }
          : null;
  const group = groupRule();
  if (group) return group;
  if (!previous) return { key: "reason.first" };
  // The place above, by its number: the partner's name is on that row already.
  const rank = index;
  if ((previous.rating ?? 0) !== (p.rating ?? 0))
    return {
      key: "reason.lowerRatingThan",
      values: { rank, rating: previous.rating ?? 0 },
    };
  if (previous.activeOrders !== p.activeOrders)
    return { key: "reason.tieMoreLoad", values: { rank } };
  if (previous.lastAssignedAt !== p.lastAssignedAt)
    return { key: "reason.tieAssignedLater", values: { rank } };
  return { key: "reason.tieName", values: { rank } };
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
  /** The policy's tier thresholds, for saying which candidates are near one. */
  thresholds?: Thresholds,
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
    const load = { activeOrders: p.activeOrders, capacity: p.capacity };
    const reasons: DispatchReason[] = [
      p.rating === null
        ? { key: "reason.tierUnrated", values: { tier: p.tier } }
        : {
            key: "reason.tierRated",
            values: { tier: p.tier, rating: p.rating },
          },
      {
        key: "reason.canMake",
        values: { capabilities: order.capabilities, region: order.region },
      },
      p.lastAssignedAt
        ? {
            key: "reason.loadLastAssigned",
            values: { ...load, date: p.lastAssignedAt.slice(0, 10) },
          }
        : { key: "reason.loadNeverAssigned", values: load },
    ];
    if (needsOverride(p)) reasons.push({ key: "reason.keyAccountOverride" });
    if (p.tier === "new") reasons.push({ key: "reason.newPartner" });
    if (p.tier === "lower") reasons.push({ key: "reason.lowerTier" });
    const previous = sorted[index - 1];
    if (
      previous &&
      needsOverride(previous) === needsOverride(p) &&
      groupOf(previous.tier) === groupOf(p.tier) &&
      (previous.rating ?? 0) === (p.rating ?? 0)
    ) {
      reasons.push({
        key: "reason.sameRating",
        values: { partner: previous.name },
      });
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
      placedBy: placedBy(p, index, sorted[index - 1], needsOverride),
      nearThreshold: nearThreshold(p, thresholds),
    };
  });
  return {
    candidates,
    excluded,
    noHighlyRatedAvailable:
      order.keyAccount && !candidates.some((c) => c.tier === "highly_rated"),
  };
}

/** The texts reasonText looks up: the reason's own and the tier's name. */
type ReasonTextKey =
  `dispatch:${DispatchReason["key"]}` | `domain:tier.${Tier}`;

/** What reasonText needs of i18next's `t`: the console's, or the core's English one. */
export type ReasonTranslator = (
  key: ReasonTextKey,
  options: Record<string, unknown>,
) => string;

/** The names of capabilities and regions (lists admins keep), and dates, in the reader's language. */
export interface CodeNames {
  capability(code: Capability): string;
  region(code: Region): string;
  /** A business date ("2026-10-01") as the reader writes it ("1 Oct 2026"). */
  date(date: string): string;
}

/** A reason as a sentence in the language of `t`, with tiers, regions and capabilities named in it. */
export function reasonText(
  t: ReasonTranslator,
  names: CodeNames,
  reason: DispatchReason,
): string {
  if (!("values" in reason)) return t(`dispatch:${reason.key}`, {});
  const values: Record<string, unknown> = { ...reason.values };
  // Cut to hundredths, as the console shows ratings: 3.996 is "3.99", never "4.00".
  if ("rating" in reason.values)
    values.rating =
      Math.trunc(Number((reason.values.rating * 100).toFixed(6))) / 100;
  if ("date" in reason.values) values.date = names.date(reason.values.date);
  if ("tier" in reason.values)
    values.tier = t(`domain:tier.${reason.values.tier}`, {});
  if ("region" in reason.values)
    values.region = names.region(reason.values.region);
  if ("capabilities" in reason.values)
    values.capabilities = reason.values.capabilities
      .map((c) => names.capability(c))
      .join(", ");
  return t(`dispatch:${reason.key}`, values);
}
