import {
  IconMail,
  IconMessages,
  IconPhotoCheck,
  IconSettings,
  IconTruckDelivery,
} from "@tabler/icons-react";
import { ComingSoon } from "../../components/ComingSoon";

export const DispatchPage = () => (
  <ComingSoon title="Dispatch" icon={<IconTruckDelivery />}>
    The queue of open orders, key accounts first, with each order&apos;s ranked
    candidates and the reasons for their place. Until it arrives, open orders
    are in Orders (filter on status Open).
  </ComingSoon>
);

export const QualityPage = () => (
  <ComingSoon title="Quality review" icon={<IconPhotoCheck />}>
    A keyboard-first queue of partners&apos; photos of finished and packed
    products, oldest first, to approve or reject with a reason.
  </ComingSoon>
);

export const MessagesPage = () => (
  <ComingSoon title="Messages" icon={<IconMessages />}>
    Every order&apos;s Cutr and Customer threads with unread and unanswered
    messages, newest first, and a composer for formatted replies with photos.
  </ComingSoon>
);

export const OutboxPage = () => (
  <ComingSoon title="Outbox" icon={<IconMail />}>
    Every email the console sends — assignments, new delivery dates, rating
    notices, the daily unread digest — with its status and any failure.
  </ComingSoon>
);

export const SettingsPage = () => (
  <ComingSoon title="Settings" icon={<IconSettings />}>
    For admins: the rating and dispatch policy, closing days, users, mail
    delivery and backups.
  </ComingSoon>
);
