// Drafts per order and thread, kept while the console runs: switching orders or tabs never loses
// what someone was writing.
import type { JSONContent } from "@tiptap/react";

export interface Draft {
  body: JSONContent | null;
  photos: File[];
}

const drafts = new Map<string, Draft>();

export const draftKey = (orderId: number, thread: string) =>
  `${orderId}:${thread}`;

export function readDraft(key: string): Draft {
  return drafts.get(key) ?? { body: null, photos: [] };
}

export function saveDraft(key: string, draft: Draft): void {
  if (draft.body === null && draft.photos.length === 0) drafts.delete(key);
  else drafts.set(key, draft);
}
