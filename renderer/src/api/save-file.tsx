import { Button, Group, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { DownloadFile } from "../../../shared/contract";
import type { Envelope } from "../../../shared/errors";
import { i18n } from "../i18n/i18n";
import { ApiFailure, fetchDownload, fetchFile } from "./client";
import { saveBlob } from "./save-blob";
import type { FileVariant } from "./transport";

/**
 * Saves a file where the user wants it: in Electron through the native Save dialog, then offers
 * to open it; in the browser as a download. Failures are shown, never swallowed.
 */
/** Whether the file was saved (a download started), or the user cancelled, or it failed (shown). */
export type SaveOutcome = "saved" | "cancelled" | "failed";

async function save(
  name: string,
  inBrowser: () => Promise<Blob>,
  inElectron: () => Promise<Envelope<{ path: string | null }>>,
): Promise<SaveOutcome> {
  try {
    const bridge = window.cutr;
    if (!bridge) {
      saveBlob(await inBrowser(), name);
      return "saved";
    }
    const result = await inElectron();
    if (!result.ok) throw new ApiFailure(result.error);
    const path = result.value.path;
    if (!path) return "cancelled";
    notifications.show({
      color: "green",
      message: (
        <Group gap="xs" wrap="nowrap">
          <Text size="sm">{i18n.t("common:file.savedTo", { path })}</Text>
          <Button
            size="compact-xs"
            variant="light"
            onClick={() => void bridge.openSaved(path)}
          >
            {i18n.t("common:file.open")}
          </Button>
        </Group>
      ),
    });
    return "saved";
  } catch (error) {
    notifications.show({
      color: "red",
      title: i18n.t("common:file.notSaved", { name }),
      message: error instanceof Error ? error.message : String(error),
    });
    return "failed";
  }
}

/** A stored file: a photo, an attachment, a packing slip. */
export const saveStoredFile = (
  fileId: number,
  variant: FileVariant,
  name: string,
): Promise<SaveOutcome> =>
  save(
    name,
    () => fetchFile(fileId, variant),
    () =>
      window.cutr
        ? window.cutr.saveFile(fileId, variant)
        : Promise.reject(new Error("no bridge")),
  );

/** An export or a template the console just made. */
export const saveDownload = (file: DownloadFile): Promise<SaveOutcome> =>
  save(
    file.fileName,
    () => fetchDownload(file.fileId),
    () =>
      window.cutr
        ? window.cutr.saveDownload(file.fileId)
        : Promise.reject(new Error("no bridge")),
  );
