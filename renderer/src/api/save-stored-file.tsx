import { Button, Group, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { i18n } from "../i18n/i18n";
import { ApiFailure, fetchFile } from "./client";
import { saveBlob } from "./save-blob";
import type { FileVariant } from "./transport";

/**
 * Saves a stored file where the user wants it: in Electron through the native Save dialog, then
 * offers to open it; in the browser as a download. Failures are shown, never swallowed.
 */
export async function saveStoredFile(
  fileId: number,
  variant: FileVariant,
  name: string,
): Promise<void> {
  try {
    const bridge = window.cutr;
    if (!bridge) {
      saveBlob(await fetchFile(fileId, variant), name);
      return;
    }
    const result = await bridge.saveFile(fileId, variant);
    if (!result.ok) throw new ApiFailure(result.error);
    const path = result.value.path;
    if (!path) return;
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
  } catch (error) {
    notifications.show({
      color: "red",
      title: i18n.t("common:file.notSaved", { name }),
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
