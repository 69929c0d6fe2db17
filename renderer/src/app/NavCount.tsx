import { Badge, Tooltip } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { call } from "../api/client";
import { formatCount } from "../components/format";

/** What waits in an area of the navigation, refreshed every half minute. */
export function NavCount({ area }: { area: string }) {
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
  if (area === "/messages" && messages.data && messages.data.unread > 0)
    return (
      <Tooltip
        label={`${formatCount(messages.data.unread)} unread, ${formatCount(messages.data.unanswered)} waiting on Cutr`}
      >
        <Badge size="sm" circle={messages.data.unread < 10}>
          {formatCount(messages.data.unread)}
        </Badge>
      </Tooltip>
    );
  if (area === "/quality" && quality.data && quality.data.total > 0)
    return (
      <Badge
        size="sm"
        variant="light"
        aria-label={`${quality.data.total} files waiting for review`}
      >
        {formatCount(quality.data.total)}
      </Badge>
    );
  return null;
}
