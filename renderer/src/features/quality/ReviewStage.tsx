import { Box, Center, Image, Loader, Text } from "@mantine/core";
import { IconFileTypePdf } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { OrderFile } from "../../../../shared/contract";
import { useFileUrl } from "../files/use-file-url";

/** The file under review, as large as the screen allows; zoomed, at its own size with scrolling. */
export function ReviewStage({
  file,
  zoomed,
}: {
  file: OrderFile;
  zoomed: boolean;
}) {
  const { t } = useTranslation(["quality", "files"]);
  const isImage = file.mime.startsWith("image/");
  const { url, error } = useFileUrl(isImage ? file.id : null, "original");
  if (!isImage)
    return (
      <Center h="100%" bg="gray.1">
        <Text size="sm">
          <IconFileTypePdf size={20} /> {t("stage.pdf")}
        </Text>
      </Center>
    );
  if (error)
    return (
      <Center h="100%">
        <Text c="red">{error.message}</Text>
      </Center>
    );
  if (!url)
    return (
      <Center h="100%">
        <Loader size="sm" aria-label={t("files:loadingPhoto")} />
      </Center>
    );
  return zoomed ? (
    <Box h="100%" style={{ overflow: "auto" }}>
      <img src={url} alt={file.name} style={{ display: "block" }} />
    </Box>
  ) : (
    <Box h="100%" bg="dark.8" style={{ borderRadius: 4 }}>
      <Image src={url} alt={file.name} h="100%" fit="contain" />
    </Box>
  );
}
