import { Badge, Group, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { Spotlight, spotlight } from "@mantine/spotlight";
import {
  IconBuildingFactory2,
  IconClipboardList,
  IconMessage,
  IconSearch,
  IconUser,
} from "@tabler/icons-react";
import { useState, type ReactNode } from "react";
import { Trans, useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useOperation } from "../api/use-operation";
import { hotkeysOf } from "./shortcuts";

/** Opens the search, as Ctrl+K does. */
export const openSearch = () => spotlight.open();

function Result({
  icon,
  label,
  description,
  onClick,
}: {
  icon: ReactNode;
  label: string;
  description: string;
  onClick: () => void;
}) {
  return (
    <Spotlight.Action onClick={onClick}>
      <Group wrap="nowrap" gap="sm" w="100%">
        {icon}
        <div style={{ minWidth: 0 }}>
          <Text size="sm" lineClamp={1}>
            {label}
          </Text>
          <Text size="xs" c="dimmed" lineClamp={1}>
            {description}
          </Text>
        </div>
      </Group>
    </Spotlight.Action>
  );
}

/** Ctrl/Cmd+K: orders, partners, customers and message text, as you type. */
export function GlobalSearch() {
  const { t } = useTranslation(["nav", "domain"]);
  const [query, setQuery] = useState("");
  const [text] = useDebouncedValue(query.trim(), 120);
  const navigate = useNavigate();
  const results = useOperation(
    "search.global",
    { text },
    { enabled: text.length > 0, keepPrevious: true },
  );
  const r = text ? results.data : undefined;
  const found =
    (r?.orders.length ?? 0) +
    (r?.partners.length ?? 0) +
    (r?.customers.length ?? 0) +
    (r?.messages.length ?? 0);
  return (
    <Spotlight.Root
      query={query}
      onQueryChange={setQuery}
      shortcut={[...hotkeysOf("search")]}
      scrollable
      maxHeight={520}
    >
      <Spotlight.Search
        placeholder={t("search.placeholder")}
        leftSection={<IconSearch size={18} stroke={1.6} />}
        aria-label={t("search.label")}
      />
      <Spotlight.ActionsList>
        {r && r.orders.length > 0 && (
          <Spotlight.ActionsGroup label={t("search.group.orders")}>
            {r.orders.map((o) => (
              <Result
                key={`o${o.id}`}
                icon={<IconClipboardList size={18} />}
                label={`${o.number} · ${o.title}`}
                description={`${t(`domain:orderStatus.${o.status}`)} · ${o.customerName}${o.partnerName ? ` · ${o.partnerName}` : ""}`}
                onClick={() => navigate(`/orders/${o.id}`)}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {r && r.partners.length > 0 && (
          <Spotlight.ActionsGroup label={t("search.group.partners")}>
            {r.partners.map((p) => (
              <Result
                key={`p${p.id}`}
                icon={<IconBuildingFactory2 size={18} />}
                label={p.name}
                description={p.city}
                onClick={() => navigate(`/partners/${p.id}`)}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {r && r.customers.length > 0 && (
          <Spotlight.ActionsGroup label={t("search.group.customers")}>
            {r.customers.map((c) => (
              <Result
                key={`c${c.id}`}
                icon={<IconUser size={18} />}
                label={c.name}
                description={t("search.customerOrders", { city: c.city })}
                onClick={() =>
                  navigate(`/orders?q=${encodeURIComponent(c.name)}`)
                }
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {r && r.messages.length > 0 && (
          <Spotlight.ActionsGroup label={t("search.group.messages")}>
            {r.messages.map((m) => (
              <Result
                key={`m${m.id}`}
                icon={<IconMessage size={18} />}
                label={m.snippet}
                description={`${m.orderNumber} · ${t(`search.thread.${m.thread}`)} · ${m.authorName}`}
                onClick={() =>
                  navigate(
                    `/orders/${m.orderId}?tab=messages&thread=${m.thread}`,
                  )
                }
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {text && r && found === 0 && (
          <Spotlight.Empty>
            {t("search.nothingFound", { text })}
          </Spotlight.Empty>
        )}
        {!text && (
          <Spotlight.Empty>
            <Trans
              t={t}
              i18nKey="search.hint"
              components={{ key: <Badge size="xs" variant="default" /> }}
            />
          </Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
