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
import { parseISO } from "date-fns";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { HomeSummary } from "../../../../shared/contract";
import type { Role } from "../../../../shared/domain";
import { call } from "../../api/client";
import { useUser } from "../../app/auth-context";
import { formatCount, formatDuration } from "../../components/format";
import { LoadState } from "../../components/LoadState";

interface Tile {
  /** Its texts are `home:tile.<key>.label` and `.action`. */
  key: "open" | "overdue" | "review" | "rate" | "near" | "unread" | "waiting";
  count: number;
  detail?: string;
  to: string;
  roles: Role[];
}

function tiles(s: HomeSummary, t: TFunction<"home">): Tile[] {
  return [
    {
      key: "open",
      count: s.openOrders,
      detail: t("keyAccounts", {
        count: s.keyAccountsWaiting,
        n: formatCount(s.keyAccountsWaiting),
      }),
      to: "/dispatch",
      roles: ["dispatcher", "admin"],
    },
    {
      key: "overdue",
      count: s.overdueTodos,
      to: "/dispatch",
      roles: ["dispatcher", "admin"],
    },
    {
      key: "review",
      count: s.reviewQueue,
      detail: s.oldestWaitingSince
        ? t("oldest", {
            duration: formatDuration(
              parseISO(s.oldestWaitingSince),
              new Date(),
            ),
          })
        : undefined,
      to: "/quality",
      roles: ["quality_reviewer", "admin"],
    },
    {
      key: "rate",
      count: s.ordersToRate,
      to: "/orders?status=approved&rated=no",
      roles: ["account_manager", "admin"],
    },
    {
      key: "near",
      count: s.partnersNearBoundary,
      to: "/partners?near=1",
      roles: ["account_manager", "admin"],
    },
    {
      key: "unread",
      count: s.unreadThreads,
      to: "/messages?show=unread",
      roles: ["dispatcher", "quality_reviewer", "account_manager", "admin"],
    },
    {
      key: "waiting",
      count: s.unansweredThreads,
      to: "/messages?show=unanswered",
      roles: ["dispatcher", "quality_reviewer", "account_manager", "admin"],
    },
  ];
}

function TileCard({ tile }: { tile: Tile }) {
  const { t } = useTranslation("home");
  const label = t(`tile.${tile.key}.label`);
  const action = t(`tile.${tile.key}.action`);
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap={4}>
        <Text fz={28} fw={700} lh={1}>
          {formatCount(tile.count)}
        </Text>
        <Text size="sm" fw={500}>
          {label}
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
          aria-label={t("tileAction", { action, label })}
        >
          {action}
        </Button>
      </Stack>
    </Paper>
  );
}

/** What needs me now: my role's work first, then what waits elsewhere. Refreshed every 30 s. */
export function HomePage() {
  const { t } = useTranslation(["home", "domain"]);
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
        label={t("loading")}
      />
    );
  const all = tiles(summary.data, t);
  const mine = all.filter((tile) => tile.roles.includes(user.role));
  const others = all.filter((tile) => !tile.roles.includes(user.role));
  return (
    <Stack p="md" gap="lg">
      <Group gap="md">
        <Title order={1} size="h3">
          {t("greeting", { name: user.name.split(" ")[0] })}
        </Title>
        <Text size="sm" c="dimmed">
          {t(`domain:role.${user.role}`)}
        </Text>
      </Group>
      <section aria-label={t("mine.label")}>
        <Title order={2} size="h5" mb="xs">
          {t("mine.title")}
        </Title>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          {mine.map((tile) => (
            <TileCard key={tile.key} tile={tile} />
          ))}
        </SimpleGrid>
      </section>
      {others.length > 0 && (
        <section aria-label={t("others.label")}>
          <Title order={2} size="h5" mb="xs">
            {t("others.title")}
          </Title>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            {others.map((tile) => (
              <TileCard key={tile.key} tile={tile} />
            ))}
          </SimpleGrid>
        </section>
      )}
    </Stack>
  );
}
