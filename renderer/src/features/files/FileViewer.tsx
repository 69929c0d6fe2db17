import {
  Button,
  Center,
  Group,
  Image,
  Loader,
  Stack,
  Text,
} from "@mantine/core";
import { Modal } from "../../components/Modal";
import { IconDownload } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { OrderFile } from "../../../../shared/contract";
import { saveStoredFile } from "../../api/save-file";
import { useFileUrl } from "./use-file-url";

/** A photo as large as the window allows, or a PDF to save and open outside. */
export function FileViewer({
  file,
  onClose,
}: {
  file: OrderFile | null;
  onClose: () => void;
}) {
  const { t } = useTranslation("files");
  const isImage = file?.mime.startsWith("image/") ?? false;
  const { url, error } = useFileUrl(
    file && isImage ? file.id : null,
    "original",
  );
  return (
    <Modal
      opened={file !== null}
      onClose={onClose}
      title={file?.name}
      size="90vw"
      centered
    >
      {file && (
        <Stack gap="sm">
          {isImage ? (
            error ? (
              <Text c="red">{error.message}</Text>
            ) : url ? (
              <Image src={url} alt={file.name} fit="contain" h="75vh" />
            ) : (
              <Center h={300}>
                <Loader size="sm" aria-label={t("loadingPhoto")} />
              </Center>
            )
          ) : (
            <Text size="sm">{t("viewer.pdfOutside")}</Text>
          )}
          <Group justify="flex-end">
            <Button
              variant="default"
              leftSection={<IconDownload size={16} />}
              onClick={() =>
                void saveStoredFile(file.id, "original", file.name)
              }
            >
              {t("viewer.saveCopy")}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
