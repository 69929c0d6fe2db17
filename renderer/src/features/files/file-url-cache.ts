// blob: URLs of stored files, shared by every view of the same file. Files are fetched with the
// session (never by a plain URL); a file id's bytes never change, so a URL stays valid until it is
// evicted: the most recent thumbnails and a few full-size files are kept, the oldest are revoked.
import { fetchFile } from "../../api/client";
import type { FileVariant } from "../../api/transport";

const keep: Record<FileVariant, number> = {
  thumb: 600,
  original: 16,
  attachment: 60,
  slip: 4,
};
const caches: Record<FileVariant, Map<number, Promise<string>>> = {
  thumb: new Map(),
  original: new Map(),
  attachment: new Map(),
  slip: new Map(),
};

function evict(variant: FileVariant) {
  const cache = caches[variant];
  while (cache.size > keep[variant]) {
    const [oldestId, oldest] = cache.entries().next().value as [
      number,
      Promise<string>,
    ];
    cache.delete(oldestId);
    void oldest.then(
      (url) => URL.revokeObjectURL(url),
      () => undefined,
    );
  }
}

export function fileObjectUrl(
  fileId: number,
  variant: FileVariant,
): Promise<string> {
  const cache = caches[variant];
  const hit = cache.get(fileId);
  if (hit) {
    // Most recently used last.
    cache.delete(fileId);
    cache.set(fileId, hit);
    return hit;
  }
  const url = fetchFile(fileId, variant).then((blob) =>
    URL.createObjectURL(blob),
  );
  url.catch(() => {
    if (cache.get(fileId) === url) cache.delete(fileId);
  });
  cache.set(fileId, url);
  evict(variant);
  return url;
}
