import { Badge, Stack, Table, Text } from "@mantine/core";
import type { OrderDetail } from "../../../../shared/contract";
import type { FileFolder } from "../../../../shared/domain";
import { folderLabels } from "../../../../shared/labels";
import { PackingSlipPanel } from "./PackingSlipPanel";

export function FilesTab({ order }: { order: OrderDetail }) {
  const required = (folder: FileFolder) =>
    folder === "finished_product" ||
    folder === "packed_product" ||
    (folder === "production_drawing" && order.requiresProductionDrawing) ||
    (folder === "sample_picture" && order.requiresSamplePicture);
  return (
    <Stack gap="md">
      <PackingSlipPanel orderId={order.id} />
      <Table maw={720}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Folder</Table.Th>
            <Table.Th>Files</Table.Th>
            <Table.Th>Review</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {order.folders.map((f) => (
            <Table.Tr key={f.folder}>
              <Table.Td>
                {folderLabels[f.folder]}{" "}
                {required(f.folder) && (
                  <Badge size="xs" variant="outline">
                    Required
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {f.total === 0 ? (
                  <Text size="sm" c="dimmed">
                    None yet
                  </Text>
                ) : (
                  f.total
                )}
              </Table.Td>
              <Table.Td>
                {f.total > 0 &&
                  `${f.approved} approved · ${f.pending} pending · ${f.rejected} rejected`}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
