import {
  Accordion,
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Candidate } from "../../../../shared/contract";
import type { Capability, Region } from "../../../../shared/domain";
import { reasonText } from "../../../../shared/rules/rank-candidates";
import { call } from "../../api/client";
import { useOperation } from "../../api/use-operation";
import { useShortcuts } from "../../app/shortcuts";
import { useCan } from "../../app/use-can";
import { useCatalog } from "../../app/use-catalog";
import {
  formatDate,
  formatDuration,
  formatNumber,
  formatRating,
} from "../../components/format";
import { LoadState } from "../../components/LoadState";
import { TierBadge } from "../../components/TierBadge";
import { AssignDialog } from "./AssignDialog";
import { OffersList } from "./OffersList";
import { useChange } from "../../api/use-change";

/**
 * How far a rating is from a tier's threshold, in hundredths: never shown as 0.00, and a
 * shortfall never understated.
 */
function thresholdDistance(near: NonNullable<Candidate["nearThreshold"]>) {
  const hundredths =
    near.side === "below"
      ? Math.ceil(Number((near.by * 100).toFixed(6)))
      : Math.trunc(Number((near.by * 100).toFixed(6)));
  return hundredths < 1
    ? `< ${formatNumber(0.01, 2)}`
    : formatNumber(hundredths / 100, 2);
}

/** One open order's requirements, its ranked candidates with their reasons, and the partners kept out. */
export function CandidatesPanel({
  orderId,
  onAssigned,
}: {
  orderId: number;
  onAssigned(): void;
}) {
  const { t } = useTranslation(["dispatch", "domain"]);
  const names = useCatalog();
  const mayDispatch = useCan("dispatch");
  const result = useOperation("dispatch.candidates", { orderId });
  const [choosing, setChoosing] = useState<Candidate | null>(null);
  const [offerTo, setOfferTo] = useState<number[]>([]);
  const { run, pending } = useChange();
  const reasonNames = {
    capability: (code: Capability) => names.capability(code),
    region: (code: Region) => names.region(code),
    date: formatDate,
  };
  const now = new Date();
  const first = result.data?.candidates[0];
  useShortcuts({
    assignFirst: () => mayDispatch && first && setChoosing(first),
  });

  if (!result.data)
    return (
      <LoadState
        error={result.error}
        retry={() => void result.refetch()}
        label={t("candidates.what")}
      />
    );
  const { order, candidates, excluded, offers } = result.data;
  const assign = async (note: {
    overrideReason?: string;
    matchNote?: string;
  }) => {
    if (!choosing) return;
    const done = await run(
      () =>
        call("dispatch.assign", {
          orderId,
          partnerId: choosing.partnerId,
          orderVersion: order.version,
          ...note,
        }),
      () =>
        t("candidates.assigned", {
          number: order.number,
          partner: choosing.name,
        }),
    );
    setChoosing(null);
    if (done) onAssigned();
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="xs">
            <Title order={2} size="h3" ff="monospace">
              <Anchor component={Link} to={`/orders/${order.id}`} inherit>
                {order.number}
              </Anchor>
            </Title>
            {order.keyAccount && (
              <Badge color="violet">{t("keyAccount")}</Badge>
            )}
            {order.status !== "open" && (
              <Badge color="gray">
                {t(`domain:orderStatus.${order.status}`)}
              </Badge>
            )}
          </Group>
          <Text>
            {t("candidates.orderFor", {
              title: order.title,
              customer: order.customerName,
            })}
          </Text>
          <Text size="sm" c="dimmed">
            {t(
              order.requiresInstallation
                ? "candidates.needsWithInstallation"
                : "candidates.needs",
              {
                capabilities: order.capabilities
                  .map((c) => names.capability(c))
                  .join(", "),
                region: names.region(order.region),
                date: formatDate(order.requestedDeliveryDate),
              },
            )}
          </Text>
        </div>
      </Group>
      {order.keyAccount && (
        <Alert color="violet" variant="light">
          {result.data.noHighlyRatedAvailable
            ? t("candidates.keyAccountNoneAvailable")
            : t("candidates.keyAccountOnly")}
        </Alert>
      )}
      {candidates.length === 0 ? (
        <Alert color="orange" title={t("candidates.noneTitle")}>
          {t("candidates.none", {
            region: names.region(order.region),
          })}
        </Alert>
      ) : (
        <Table verticalSpacing={6} highlightOnHover data-key-list>
          <Table.Thead>
            <Table.Tr>
              {mayDispatch && (
                <Table.Th w={36} aria-label={t("candidates.column.offer")} />
              )}
              <Table.Th w={40}>#</Table.Th>
              <Table.Th>{t("candidates.column.partnerWhy")}</Table.Th>
              <Table.Th ta="right">
                {t("candidates.column.ratingTier")}
              </Table.Th>
              <Table.Th ta="right">{t("candidates.column.load")}</Table.Th>
              {mayDispatch && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {candidates.map((c) => (
              <Table.Tr
                key={c.partnerId}
                bg={c.needsOverride ? "gray.0" : undefined}
                data-list-row
                tabIndex={-1}
                aria-label={t("candidates.row", {
                  rank: c.rank,
                  partner: c.name,
                })}
                // Enter on the focused row (app/use-list-keys.ts) opens the assignment, a click
                // inside the row does what its control does.
                onClick={(e) =>
                  e.target === e.currentTarget && mayDispatch && setChoosing(c)
                }
              >
                {mayDispatch && (
                  <Table.Td>
                    <Checkbox
                      aria-label={t("candidates.offerTo", { partner: c.name })}
                      disabled={c.needsOverride || c.matchReview}
                      checked={offerTo.includes(c.partnerId)}
                      onChange={(e) => {
                        const checked = e.currentTarget.checked;
                        setOfferTo((ids) =>
                          checked
                            ? [...ids, c.partnerId]
                            : ids.filter((id) => id !== c.partnerId),
                        );
                      }}
                    />
                  </Table.Td>
                )}
                <Table.Td>{c.rank}</Table.Td>
                <Table.Td>
                  <Link to={`/partners/${c.partnerId}`}>{c.name}</Link>
                  {c.matchReview && (
                    <Badge ml={6} size="xs" color="orange" variant="light">
                      {t("candidates.matchReview")}
                    </Badge>
                  )}
                  {c.needsOverride && (
                    <Badge ml={6} size="xs" color="violet" variant="light">
                      {t("candidates.override")}
                    </Badge>
                  )}
                  <Text size="xs" c="dimmed">
                    {reasonText(t, reasonNames, c.placedBy)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">{formatRating(c.rating)}</Text>
                  <TierBadge tier={c.tier} />
                  {c.nearThreshold && (
                    <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                      {t(`candidates.near.${c.nearThreshold.side}`, {
                        by: thresholdDistance(c.nearThreshold),
                        tier: t(`domain:tier.${c.nearThreshold.tier}`),
                      })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  {c.activeOrders}/{c.capacity}
                  <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                    {c.lastAssignedAt
                      ? t("candidates.lastAssigned", {
                          ago: formatDuration(new Date(c.lastAssignedAt), now),
                        })
                      : t("candidates.neverAssigned")}
                  </Text>
                </Table.Td>
                {mayDispatch && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant={c.rank === 1 ? "filled" : "light"}
                      onClick={() => setChoosing(c)}
                      aria-label={t("candidates.assignTo", { partner: c.name })}
                    >
                      {t("candidates.assign")}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {mayDispatch && candidates.length > 0 && (
        <Group>
          <Button
            variant="default"
            size="xs"
            disabled={offerTo.length === 0}
            loading={pending}
            onClick={() =>
              void run(
                () => call("dispatch.offer", { orderId, partnerIds: offerTo }),
                () => t("candidates.offerSent", { count: offerTo.length }),
              ).then(() => setOfferTo([]))
            }
          >
            {offerTo.length > 0
              ? t("candidates.sendOffer", { selected: offerTo.length })
              : t("candidates.sendOfferNoneSelected")}
          </Button>
        </Group>
      )}
      <OffersList
        offers={offers}
        mayDispatch={mayDispatch}
        onAssigned={onAssigned}
      />
      {excluded.length > 0 && (
        <Accordion variant="contained">
          <Accordion.Item value="excluded">
            <Accordion.Control>
              {t("candidates.keptOut", { total: excluded.length })}
            </Accordion.Control>
            <Accordion.Panel>
              <Table>
                <Table.Tbody>
                  {excluded.map((e) => (
                    <Table.Tr key={e.partnerId}>
                      <Table.Td>
                        <Link to={`/partners/${e.partnerId}`}>{e.name}</Link>
                      </Table.Td>
                      <Table.Td c="dimmed">
                        {reasonText(t, reasonNames, e.rule)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      )}
      <AssignDialog
        key={choosing?.partnerId ?? "none"}
        candidate={choosing}
        orderNumber={order.number}
        pending={pending}
        onClose={() => setChoosing(null)}
        onAssign={(note) => void assign(note)}
      />
    </Stack>
  );
}
