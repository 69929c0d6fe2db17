// Desktop notifications in Electron: new messages and a colleague's conflicting change, shown only
// while the console is in the background (in front, the badge and the form's warning say it).
// Browser mode has no bridge and shows none.
import { i18n } from "../i18n/i18n";

export interface DesktopNotice {
  title: string;
  body: string;
  /** The console screen a click opens, e.g. "/messages". */
  route: string;
}

/** How many more unread threads there are than at the last look; 0 on the first look or none. */
export function newUnreadSince(
  previous: number | undefined,
  unread: number,
): number {
  return previous === undefined ? 0 : Math.max(0, unread - previous);
}

/** Shows `notice` on the desktop when the console runs in Electron and is not in front. */
export function notifyDesktop(notice: DesktopNotice): void {
  if (!window.cutr || document.hasFocus()) return;
  void window.cutr.notify(notice).catch(() => undefined);
}

/** The notice for a colleague's save of an order someone is editing here. */
export function notifyConflict(orderId: number, orderNumber: string): void {
  notifyDesktop({
    title: i18n.t("notices:conflict", { number: orderNumber }),
    body: i18n.t("notices:conflictBody"),
    route: `/orders/${orderId}`,
  });
}

export function newMessagesNotice(
  added: number,
  unread: number,
): DesktopNotice {
  return {
    title: i18n.t("notices:newMessages", { count: added }),
    body: i18n.t("notices:newMessagesBody", { unread }),
    route: "/messages",
  };
}
