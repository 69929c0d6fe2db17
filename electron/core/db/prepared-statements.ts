// Team mode: each statement the console sends is prepared once per connection and run by name
// after that, so PostgreSQL neither parses nor (once it trusts a generic plan) plans it again. On
// the dispatch cycle this saves about a third of the server's CPU. A statement whose best plan
// depends on its values (the words of a full-text match or a LIKE, the length of an id list bound
// as one array) is planned anew each time: a generic plan would have to guess them.
import pg from "pg";

/** Enough for every statement the console builds; any beyond are sent unnamed. */
const mostNames = 2_000;

const planDependsOnValues = /@@|\bi?like\b|= ANY\(/i;

/** Statement names by SQL text, shared by the process's connections (names are per connection). */
const names = new Map<string, string>();

function nameFor(text: string): string | undefined {
  const known = names.get(text);
  if (known) return known;
  if (names.size >= mostNames || planDependsOnValues.test(text))
    return undefined;
  const name = `cutr_${names.size}`;
  names.set(text, name);
  return name;
}

/**
 * A node-postgres client that names the statements Kysely sends (text and values). The pool makes
 * its connections with it; everything else (cursors, simple queries) passes through unchanged.
 */
export class PreparingClient extends pg.Client {
  override query(...args: unknown[]): never {
    const [text, values, callback] = args;
    if (typeof text === "string" && Array.isArray(values)) {
      const name = nameFor(text);
      if (name)
        return (super.query as (...a: unknown[]) => never)(
          { name, text, values },
          callback,
        );
    }
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}
