// Where the desktop console's update stands, as the main process tells the window (electron/main/
// updates). Browser mode and the team service have no updates of their own.
export type UpdateState =
  | { status: "idle" }
  | { status: "checking" }
  | { status: "current"; checkedAt: string }
  | { status: "downloading"; version: string; percent: number }
  | { status: "ready"; version: string }
  /** No answer from the release feed (no network, feed down): tried again at the next check. */
  | { status: "offline"; checkedAt: string }
  /** The download did not match the feed's checksum or its publisher's signature: not installed. */
  | { status: "refused"; version: string | null; reason: string }
  | { status: "failed"; reason: string };
