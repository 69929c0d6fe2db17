/**
 * What a queue moves to once an item leaves it (assigned, decided): the item after it, else the
 * one before, else nothing.
 */
export function nextInQueue(ids: readonly number[], id: number): number | null {
  const index = ids.indexOf(id);
  if (index < 0) return null;
  return ids[index + 1] ?? ids[index - 1] ?? null;
}
