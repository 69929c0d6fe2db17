import { Box, Center, Group, Stack, Tabs, Text, Title } from "@mantine/core";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { nextInQueue } from "../../app/next-in-queue";
import { useSearchParams } from "react-router";
import { CandidatesPanel } from "./CandidatesPanel";
import { OverdueTodos } from "./OverdueTodos";
import { QueueList } from "./QueueList";

/** The dispatchers' board: the queue of open orders and, for the selected one, who should get it. */
export function DispatchPage() {
  const { t } = useTranslation("dispatch");
  const [params, setParams] = useSearchParams();
  const selected = Number(params.get("order")) || null;
  // The queue as last shown, so that an assignment moves on to the order below it.
  const shown = useRef<readonly number[]>([]);
  const select = (orderId: number | null) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (orderId) next.set("order", String(orderId));
      else next.delete("order");
      return next;
    });
  return (
    <Stack h="100vh" gap={0} p="md" pb={0}>
      <Group justify="space-between" mb="xs">
        <Title order={1} size="h3">
          {t("page.title")}
        </Title>
      </Group>
      <Tabs
        defaultValue="queue"
        style={{
          flex: 1,
          minHeight: 0,
          display: "flex",
          flexDirection: "column",
        }}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="queue">{t("page.queue")}</Tabs.Tab>
          <Tabs.Tab value="overdue">{t("page.overdue")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="queue" pt="sm" style={{ flex: 1, minHeight: 0 }}>
          <Group align="stretch" h="100%" wrap="nowrap" gap="md">
            <Box w={360} style={{ flexShrink: 0 }} pb="md">
              <QueueList
                selectedId={selected}
                onSelect={select}
                onShown={(ids) => (shown.current = ids)}
              />
            </Box>
            <Box style={{ flex: 1, overflow: "auto" }} pb="md">
              {selected ? (
                <CandidatesPanel
                  key={selected}
                  orderId={selected}
                  onAssigned={() =>
                    select(nextInQueue(shown.current, selected))
                  }
                />
              ) : (
                <Center h={300}>
                  <Text c="dimmed">{t("page.chooseOrder")}</Text>
                </Center>
              )}
            </Box>
          </Group>
        </Tabs.Panel>
        <Tabs.Panel value="overdue" pt="sm">
          <OverdueTodos />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
