import { Badge, Button, Group, Stack, Text, Title } from "@mantine/core";
import { IconPhotoCheck } from "@tabler/icons-react";
import { Link } from "react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { OrderDetail, OrderFile } from "../../../../shared/contract";
import type { FileFolder } from "../../../../shared/domain";
import { useOperation } from "../../api/use-operation";
import { useCan } from "../../app/use-can";
import { EmptyNote } from "../../components/EmptyNote";
import { LoadState } from "../../components/LoadState";
import { FileCard } from "../files/FileCard";
import { FileUpload } from "../files/FileUpload";
import { FileViewer } from "../files/FileViewer";
import { PackingSlipPanel } from "./PackingSlipPanel";

/** The order's folders: what each holds, its review state, and a way to add files. */
export function FilesTab({ order }: { order: OrderDetail }) {
  const { t } = useTranslation(["orders", "domain"]);
  const files = useOperation("files.list", { orderId: order.id });
  const mayImport = useCan("importFiles");
  const mayReview = useCan("reviewPhotos");
  const pending = order.folders.reduce((n, f) => n + f.pending, 0);
  const [open, setOpen] = useState<OrderFile | null>(null);
  const required = (folder: FileFolder) =>
    folder === "finished_product" ||
    folder === "packed_product" ||
    (folder === "production_drawing" && order.requiresProductionDrawing) ||
    (folder === "sample_picture" && order.requiresSamplePicture);
  return (
    <Stack gap="lg">
      <PackingSlipPanel orderId={order.id} orderNumber={order.number} />
      {mayReview && pending > 0 && (
        <Button
          component={Link}
          to={`/quality?order=${order.id}`}
          variant="light"
          w="fit-content"
          leftSection={<IconPhotoCheck size={16} />}
        >
          {t("files.review", { count: pending })}
        </Button>
      )}
      {mayImport && order.status !== "cancelled" && (
        <FileUpload orderId={order.id} />
      )}
      {!files.data ? (
        <LoadState
          error={files.error}
          retry={() => void files.refetch()}
          label={t("files.what")}
        />
      ) : (
        order.folders.map((summary) => {
          const inFolder = files.data.filter(
            (f) => f.folder === summary.folder,
          );
          const folderName = t(`domain:folder.${summary.folder}`);
          return (
            <section key={summary.folder} aria-label={folderName}>
              <Group gap="xs" mb={6}>
                <Title order={3} size="h5">
                  {folderName}
                </Title>
                {required(summary.folder) && (
                  <Badge size="xs" variant="outline">
                    {t("files.required")}
                  </Badge>
                )}
                {summary.total > 0 && (
                  <Text size="xs" c="dimmed">
                    {summary.folder === "signed_packing_slip"
                      ? t("files.kept", { total: summary.total })
                      : t("files.counts", {
                          approved: summary.approved,
                          pending: summary.pending,
                          rejected: summary.rejected,
                        })}
                  </Text>
                )}
              </Group>
              {inFolder.length === 0 ? (
                <EmptyNote>
                  {required(summary.folder)
                    ? t("files.emptyRequired")
                    : t("files.empty")}
                </EmptyNote>
              ) : (
                <Group gap="sm" align="flex-start">
                  {inFolder.map((file) => (
                    <FileCard key={file.id} file={file} onOpen={setOpen} />
                  ))}
                </Group>
              )}
            </section>
          );
        })
      )}
      <FileViewer file={open} onClose={() => setOpen(null)} />
    </Stack>
  );
}
