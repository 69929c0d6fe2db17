/**
 * What a queue moves to once an item leaves it (assigned, decided, answered): the item after it,
 * else the one before, else nothing.
 */
export function nextInQueue<T>(items: readonly T[], item: T): T | null {
  const index = items.indexOf(item);
  if (index < 0) return null;
  return items[index + 1] ?? items[index - 1] ?? null;
}
