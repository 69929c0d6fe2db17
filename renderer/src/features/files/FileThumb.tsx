import { Center, Image, Skeleton } from "@mantine/core";
import { IconFileTypePdf, IconPhotoOff } from "@tabler/icons-react";
import type { OrderFile } from "../../../../shared/contract";
import { useFileUrl } from "./use-file-url";

/** A file's thumbnail, or an icon for files without one (PDFs). */
export function FileThumb({
  file,
  size = 120,
}: {
  file: OrderFile;
  size?: number;
}) {
  const { url, error } = useFileUrl(file.hasThumb ? file.id : null, "thumb");
  const box = { w: size, h: Math.round(size * 0.75) };
  if (!file.hasThumb)
    return (
      <Center {...box} bg="gray.1" style={{ borderRadius: 4 }}>
        <IconFileTypePdf size={size / 3} stroke={1.3} aria-label="PDF" />
      </Center>
    );
  if (error)
    return (
      <Center {...box} bg="gray.1" style={{ borderRadius: 4 }}>
        <IconPhotoOff size={size / 4} aria-label={error.message} />
      </Center>
    );
  if (!url) return <Skeleton {...box} />;
  return (
    <Image
      src={url}
      alt={file.name}
      {...box}
      fit="cover"
      radius="sm"
      draggable={false}
    />
  );
}
