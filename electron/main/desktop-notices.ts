// Desktop notifications (new messages, a colleague's conflicting change): shown by the operating
// system while the console is in the background; a click brings the window to that screen.
import { BrowserWindow, Notification } from "electron";
import type { DesktopNotice } from "./security-rules";

export function showDesktopNotice(
  window: BrowserWindow | null,
  notice: DesktopNotice,
): boolean {
  if (!Notification.isSupported()) return false;
  const shown = new Notification({
    title: notice.title,
    body: notice.body,
  });
  shown.on("click", () => {
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
    window.webContents.send("cutr:event", {
      type: "navigate",
      payload: notice.route,
    });
  });
  shown.show();
  return true;
}
