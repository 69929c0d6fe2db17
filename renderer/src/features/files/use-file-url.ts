import { useEffect, useState } from "react";
import type { FileVariant } from "../../api/transport";
import { fileObjectUrl } from "./file-url-cache";

interface Loaded {
  key: string;
  url: string | null;
  error: Error | null;
}

/** A blob: URL for a stored file (see file-url-cache.ts); null while it loads. */
export function useFileUrl(fileId: number | null, variant: FileVariant) {
  const key = `${variant}:${fileId}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    if (fileId === null) return;
    let current = true;
    fileObjectUrl(fileId, variant).then(
      (url) => current && setLoaded({ key, url, error: null }),
      (error: unknown) =>
        current &&
        setLoaded({
          key,
          url: null,
          error: error instanceof Error ? error : new Error(String(error)),
        }),
    );
    return () => {
      current = false;
    };
  }, [fileId, variant, key]);
  const mine = loaded?.key === key ? loaded : null;
  return { url: mine?.url ?? null, error: mine?.error ?? null };
}
