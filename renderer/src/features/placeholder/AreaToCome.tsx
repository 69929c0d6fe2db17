import { IconMail } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { ComingSoon } from "../../components/ComingSoon";

/** The areas of the navigation that are not built yet, each saying what it will hold. */
const areas = {
  outbox: {
    title: "Outbox",
    icon: <IconMail />,
    text: "Every email the console sends (assignments, new delivery dates, rating notices, the daily unread digest) with its status and any failure.",
  },
} satisfies Record<string, { title: string; icon: ReactNode; text: string }>;

export function AreaToCome({ area }: { area: keyof typeof areas }) {
  const { title, icon, text } = areas[area];
  return (
    <ComingSoon title={title} icon={icon}>
      {text}
    </ComingSoon>
  );
}
