import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiFailure } from "./client";

/**
 * Runs a dispatch change and refreshes every view of the orders afterwards, success or not: after a
 * CONFLICT the board must show who got the order.
 */
export function useChange() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  async function run<T>(
    change: () => Promise<T>,
    /** The confirmation to show; null for changes made so often that a toast would be noise. */
    success: (value: T) => string | null,
  ): Promise<T | null> {
    setPending(true);
    try {
      const value = await change();
      const message = success(value);
      if (message) notifications.show({ color: "green", message });
      return value;
    } catch (error) {
      const conflict = error instanceof ApiFailure && error.code === "CONFLICT";
      notifications.show({
        color: conflict ? "orange" : "red",
        title: conflict ? t("request.conflict") : t("request.notDone"),
        message: error instanceof Error ? error.message : String(error),
        autoClose: conflict ? 8000 : 6000,
      });
      return null;
    } finally {
      setPending(false);
      await queryClient.invalidateQueries();
    }
  }
  return { run, pending };
}
