import { Button, Group } from "@mantine/core";
import { IconPlus, IconUpload } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ImportKind } from "../../../../shared/contract";
import { ExportButton, type ListInput } from "./ExportButton";
import { ImportDialog } from "./ImportDialog";

/**
 * The actions above a list of records: "New" and "Import" for those who may add records, and
 * "Export" of the list as it stands on screen for everyone.
 */
export function ListActions({
  list,
  mayAdd,
  newLabel,
  onNew,
}: {
  /** A list of records one may also import: partners, customers or orders. */
  list: Extract<ListInput, { list: ImportKind }>;
  mayAdd: boolean;
  newLabel: string;
  onNew(): void;
}) {
  const { t } = useTranslation("imports");
  const [importing, setImporting] = useState(false);
  return (
    <Group gap="xs">
      {mayAdd && (
        <>
          <Button
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={onNew}
          >
            {newLabel}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconUpload size={14} />}
            onClick={() => setImporting(true)}
          >
            {t("import.button")}
          </Button>
          <ImportDialog
            kind={list.list}
            opened={importing}
            onClose={() => setImporting(false)}
          />
        </>
      )}
      <ExportButton list={list} />
    </Group>
  );
}
