// What someone typed into a form they closed without saving, kept while the console runs: opening
// the same form again brings it back, until it is saved or discarded.
const drafts = new Map<string, unknown>();

export const readFormDraft = <T>(key: string): T | undefined =>
  drafts.get(key) as T | undefined;

export function keepFormDraft(key: string, values: unknown): void {
  drafts.set(key, values);
}

export function dropFormDraft(key: string): void {
  drafts.delete(key);
}
