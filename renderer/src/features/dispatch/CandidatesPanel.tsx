import {
  Accordion,
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import type { Candidate } from "../../../../shared/contract";
import { capabilityLabels, regionLabels } from "../../../../shared/labels";
import { call } from "../../api/client";
import { useOperation } from "../../api/use-operation";
import { useCan } from "../../app/use-can";
import { formatDate, formatRating } from "../../components/format";
import { LoadState } from "../../components/LoadState";
import { TierBadge } from "../../components/TierBadge";
import { AssignDialog } from "./AssignDialog";
import { OffersList } from "./OffersList";
import { useChange } from "../../api/use-change";

/** One open order's requirements, its ranked candidates with their reasons, and the partners kept out. */
export function CandidatesPanel({
  orderId,
  onAssigned,
}: {
  orderId: number;
  onAssigned(): void;
}) {
  const mayDispatch = useCan("dispatch");
  const result = useOperation("dispatch.candidates", { orderId });
  const [choosing, setChoosing] = useState<Candidate | null>(null);
  const [offerTo, setOfferTo] = useState<number[]>([]);
  const { run, pending } = useChange();

  if (!result.data)
    return (
      <LoadState
        error={result.error}
        retry={() => void result.refetch()}
        label="the candidates"
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
      () => `${order.number} is assigned to ${choosing.name}.`,
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
            {order.keyAccount && <Badge color="violet">Key account</Badge>}
            {order.status !== "open" && (
              <Badge color="gray">{order.status}</Badge>
            )}
          </Group>
          <Text>
            {order.title} for {order.customerName}
          </Text>
          <Text size="sm" c="dimmed">
            Needs{" "}
            {order.capabilities.map((c) => capabilityLabels[c]).join(", ")} ·{" "}
            {regionLabels[order.region]} · delivery by{" "}
            {formatDate(order.requestedDeliveryDate)}
            {order.requiresInstallation ? " · with installation" : ""}
          </Text>
        </div>
      </Group>
      {order.keyAccount && (
        <Alert color="violet" variant="light">
          {result.data.noHighlyRatedAvailable
            ? "Key account, and no highly rated partner can take it now. Assigning another partner is an override that needs a written reason."
            : "Key account: highly rated partners only. Others are listed below the line and need an override."}
        </Alert>
      )}
      {candidates.length === 0 ? (
        <Alert color="orange" title="No candidates">
          No active partner with free capacity can make this order in{" "}
          {regionLabels[order.region]}. The partners kept out and why are listed
          below.
        </Alert>
      ) : (
        <Table verticalSpacing={6} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              {mayDispatch && <Table.Th w={36} aria-label="Offer" />}
              <Table.Th w={40}>#</Table.Th>
              <Table.Th>Partner</Table.Th>
              <Table.Th w={120}>Tier</Table.Th>
              <Table.Th ta="right">Rating</Table.Th>
              <Table.Th ta="right">Load</Table.Th>
              <Table.Th>Why here</Table.Th>
              {mayDispatch && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {candidates.map((c) => (
              <Table.Tr
                key={c.partnerId}
                bg={c.needsOverride ? "gray.0" : undefined}
              >
                {mayDispatch && (
                  <Table.Td>
                    <Checkbox
                      aria-label={`Offer to ${c.name}`}
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
                      Match review
                    </Badge>
                  )}
                  {c.needsOverride && (
                    <Badge ml={6} size="xs" color="violet" variant="light">
                      Override
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <TierBadge tier={c.tier} />
                </Table.Td>
                <Table.Td ta="right">{formatRating(c.rating)}</Table.Td>
                <Table.Td ta="right">
                  {c.activeOrders}/{c.capacity}
                </Table.Td>
                <Table.Td>
                  <List size="xs" c="dimmed" spacing={0}>
                    {c.reasons
                      .slice(0, 1)
                      .concat(c.reasons.slice(3))
                      .map((r) => (
                        <List.Item key={r}>{r}</List.Item>
                      ))}
                  </List>
                </Table.Td>
                {mayDispatch && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant={c.rank === 1 ? "filled" : "light"}
                      onClick={() => setChoosing(c)}
                      aria-label={`Assign to ${c.name}`}
                    >
                      Assign
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
                () =>
                  `Offer sent to ${offerTo.length} partner${offerTo.length === 1 ? "" : "s"}.`,
              ).then(() => setOfferTo([]))
            }
          >
            Send offer to {offerTo.length || "…"} selected
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
            <Accordion.Control>Kept out ({excluded.length})</Accordion.Control>
            <Accordion.Panel>
              <Table>
                <Table.Tbody>
                  {excluded.map((e) => (
                    <Table.Tr key={e.partnerId}>
                      <Table.Td>
                        <Link to={`/partners/${e.partnerId}`}>{e.name}</Link>
                      </Table.Td>
                      <Table.Td c="dimmed">{e.rule}</Table.Td>
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
