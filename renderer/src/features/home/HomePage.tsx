import {
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { formatDistanceStrict, parseISO } from "date-fns";
import { Link } from "react-router";
import type { HomeSummary } from "../../../../shared/contract";
import type { Role } from "../../../../shared/domain";
import { roleLabels } from "../../../../shared/labels";
import { call } from "../../api/client";
import { useUser } from "../../app/auth-context";
import { formatCount } from "../../components/format";
import { LoadState } from "../../components/LoadState";

interface Tile {
  key: string;
  count: number;
  label: string;
  detail?: string;
  to: string;
  action: string;
  roles: Role[];
}

function tiles(s: HomeSummary): Tile[] {
  return [
    {
      key: "open",
      count: s.openOrders,
      label: "Open orders",
      detail: `${formatCount(s.keyAccountsWaiting)} of them key accounts`,
      to: "/dispatch",
      action: "Dispatch",
      roles: ["dispatcher", "admin"],
    },
    {
      key: "overdue",
      count: s.overdueTodos,
      label: "Overdue partner to-dos",
      to: "/dispatch",
      action: "Follow up",
      roles: ["dispatcher", "admin"],
    },
    {
      key: "review",
      count: s.reviewQueue,
      label: "Files waiting for review",
      detail: s.oldestWaitingSince
        ? `oldest ${formatDistanceStrict(parseISO(s.oldestWaitingSince), new Date())}`
        : undefined,
      to: "/quality",
      action: "Review",
      roles: ["quality_reviewer", "admin"],
    },
    {
      key: "rate",
      count: s.ordersToRate,
      label: "Approved orders to rate",
      to: "/orders?status=approved",
      action: "Rate",
      roles: ["account_manager", "admin"],
    },
    {
      key: "near",
      count: s.partnersNearBoundary,
      label: "Partners near a tier boundary",
      to: "/partners?near=1",
      action: "Look",
      roles: ["account_manager", "admin"],
    },
    {
      key: "unread",
      count: s.unreadThreads,
      label: "Threads with unread messages",
      to: "/messages?show=unread",
      action: "Read",
      roles: ["dispatcher", "quality_reviewer", "account_manager", "admin"],
    },
    {
      key: "waiting",
      count: s.unansweredThreads,
      label: "Threads waiting on Cutr",
      to: "/messages?show=unanswered",
      action: "Answer",
      roles: ["dispatcher", "quality_reviewer", "account_manager", "admin"],
    },
  ];
}

function TileCard({ tile }: { tile: Tile }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap={4}>
        <Text fz={28} fw={700} lh={1}>
          {formatCount(tile.count)}
        </Text>
        <Text size="sm" fw={500}>
          {tile.label}
        </Text>
        <Text size="xs" c="dimmed" mih={18}>
          {tile.detail ?? ""}
        </Text>
        <Button
          component={Link}
          to={tile.to}
          size="xs"
          variant={tile.count > 0 ? "filled" : "default"}
          w="fit-content"
          aria-label={`${tile.action}: ${tile.label}`}
        >
          {tile.action}
        </Button>
      </Stack>
    </Paper>
  );
}

/** What needs me now: my role's work first, then what waits elsewhere. Refreshed every 30 s. */
export function HomePage() {
  const user = useUser();
  const summary = useQuery({
    queryKey: ["home.summary", {}],
    queryFn: () => call("home.summary", {}),
    refetchInterval: 30_000,
  });
  if (!summary.data)
    return (
      <LoadState
        error={summary.error}
        retry={() => void summary.refetch()}
        label="what needs you"
      />
    );
  const all = tiles(summary.data);
  const mine = all.filter((t) => t.roles.includes(user.role));
  const others = all.filter((t) => !t.roles.includes(user.role));
  return (
    <Stack p="md" gap="lg">
      <Group gap="md">
        <Title order={1} size="h3">
          Good to see you, {user.name.split(" ")[0]}
        </Title>
        <Text size="sm" c="dimmed">
          {roleLabels[user.role]}
        </Text>
      </Group>
      <section aria-label="Your work">
        <Title order={2} size="h5" mb="xs">
          Needs you now
        </Title>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          {mine.map((t) => (
            <TileCard key={t.key} tile={t} />
          ))}
        </SimpleGrid>
      </section>
      {others.length > 0 && (
        <section aria-label="Elsewhere">
          <Title order={2} size="h5" mb="xs">
            Waiting elsewhere
          </Title>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            {others.map((t) => (
              <TileCard key={t.key} tile={t} />
            ))}
          </SimpleGrid>
        </section>
      )}
    </Stack>
  );
}
