import { Badge, Group, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { createSpotlight, Spotlight } from "@mantine/spotlight";
import {
  IconBuildingFactory2,
  IconArrowRight,
  IconClipboardList,
  IconMessage,
  IconSearch,
  IconUser,
} from "@tabler/icons-react";
import { useEffect, useState, type ReactNode } from "react";
import { Trans, useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useOperation } from "../api/use-operation";
import { hotkeysOf } from "./shortcuts";
import { useSearchCommands } from "./use-search-commands";

const [searchStore, searchActions] = createSpotlight();

/** Opens the search, as Ctrl+K does. */
export const openSearch = () => searchActions.open();

/**
 * Marks the first result selected, as the palette does when the query changes: by then the server
 * had not answered and there was nothing to select, so Enter would do nothing. (Mantine's own
 * selectAction is not exported; this is its first-item case.)
 */
function selectFirstResult() {
  const { listId } = searchStore.getState();
  const list = listId ? document.getElementById(listId) : null;
  const first = list?.querySelector("[data-action]");
  if (!list || !first) return;
  list.querySelector("[data-selected]")?.removeAttribute("data-selected");
  first.setAttribute("data-selected", "true");
  searchStore.updateState((state) => ({ ...state, selected: 0 }));
}

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
  const commands = useSearchCommands(query);
  const found =
    commands.length +
    (r?.orders.length ?? 0) +
    (r?.partners.length ?? 0) +
    (r?.customers.length ?? 0) +
    (r?.messages.length ?? 0);
  // The palette selects its first action as the query changes, before the server has answered:
  // select it again once the results are drawn, so Enter opens the best match.
  useEffect(() => {
    if (found > 0) selectFirstResult();
  }, [r, found]);
  return (
    <Spotlight.Root
      store={searchStore}
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
        {commands.length > 0 && (
          <Spotlight.ActionsGroup label={t("search.group.commands")}>
            {commands.map((c) => (
              <Spotlight.Action key={c.id} onClick={c.run}>
                <Group wrap="nowrap" gap="sm" w="100%">
                  <IconArrowRight size={18} />
                  <Text size="sm">{c.label}</Text>
                </Group>
              </Spotlight.Action>
            ))}
          </Spotlight.ActionsGroup>
        )}
        {r?.nearMatches && (
          <Text size="sm" c="dimmed" px="sm" py={6}>
            {t("search.nearMatches", { text })}
          </Text>
        )}
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
