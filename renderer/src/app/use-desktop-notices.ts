import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useNavigate } from "react-router";
import { call } from "../api/client";
import {
  newMessagesNotice,
  newUnreadSince,
  notifyDesktop,
} from "./desktop-notices";

/**
 * Electron: a desktop notification when new messages arrive while the console is in the
 * background, and a click on any notification opens its screen. Shares the unread count the
 * navigation badge asks for, so it costs no extra call.
 */
export function useDesktopNotices(): void {
  const navigate = useNavigate();
  const bridge = window.cutr;
  const unread = useQuery({
    queryKey: ["messages.unreadCount", {}],
    queryFn: () => call("messages.unreadCount", {}),
    refetchInterval: 30_000,
    enabled: bridge !== undefined,
  });
  const previous = useRef<number | undefined>(undefined);

  useEffect(() => {
    const count = unread.data?.unread;
    if (count === undefined) return;
    const added = newUnreadSince(previous.current, count);
    previous.current = count;
    if (added > 0) notifyDesktop(newMessagesNotice(added, count));
  }, [unread.data?.unread]);

  useEffect(
    () =>
      bridge?.on((event) => {
        if (event.type === "navigate" && typeof event.payload === "string")
          void navigate(event.payload);
      }),
    [bridge, navigate],
  );
}
