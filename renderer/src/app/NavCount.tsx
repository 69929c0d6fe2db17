import { Badge, Tooltip } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { call } from "../api/client";
import { formatCount } from "../components/format";

/** What waits in an area of the navigation, refreshed every half minute. */
export function NavCount({ area }: { area: string }) {
  const { t } = useTranslation("nav");
  const messages = useQuery({
    queryKey: ["messages.unreadCount", {}],
    queryFn: () => call("messages.unreadCount", {}),
    refetchInterval: 30_000,
    enabled: area === "/messages",
  });
  const quality = useQuery({
    queryKey: ["quality.queue", { filter: {}, limit: 1 }],
    queryFn: () => call("quality.queue", { filter: {}, limit: 1 }),
    refetchInterval: 30_000,
    enabled: area === "/quality",
  });
  // The threads the inbox lists when opened (unread or unanswered), so the two never disagree.
  if (area === "/messages" && messages.data && messages.data.waiting > 0)
    return (
      <Tooltip
        label={t("count.messages", {
          unread: formatCount(messages.data.unread),
          unanswered: formatCount(messages.data.unanswered),
        })}
      >
        <Badge size="sm" circle={messages.data.waiting < 10}>
          {formatCount(messages.data.waiting)}
        </Badge>
      </Tooltip>
    );
  if (area === "/quality" && quality.data && quality.data.total > 0)
    return (
      <Badge
        size="sm"
        variant="light"
        aria-label={t("count.review", { count: quality.data.total })}
      >
        {formatCount(quality.data.total)}
      </Badge>
    );
  return null;
}
