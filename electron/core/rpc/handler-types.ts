import type { Method, Output, ParsedInput } from "../../../shared/contract";
import type { RequestContext } from "../context";

export type Handler<M extends Method> = (
  input: ParsedInput<M>,
  context: RequestContext,
) => Promise<Output<M>>;

/** Every operation's handler: a missing or misspelt one fails to compile. */
export type Handlers = { [M in Method]: Handler<M> };

/** The handlers of one area, e.g. HandlersOf<'orders'> for every `orders.*` operation. */
export type HandlersOf<Area extends string> = {
  [M in Method as M extends `${Area}.${string}` ? M : never]: Handler<M>;
};
