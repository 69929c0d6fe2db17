import type { z } from "zod";
import type { Permission } from "../permissions";

/**
 * Who may call an operation: anyone holding the transport's token ('public'),
 * any signed-in user ('signedIn'), or the roles of one permission of DOMAIN.md.
 */
export type Access = "public" | "signedIn" | Permission;

export interface Operation<I extends z.ZodType, O> {
  input: I;
  access: Access;
  /** Phantom field: carries the output type; never set at run time. */
  readonly output?: O;
}

/** Declares an operation; called as `op<Output>()({ input, access })` so the input type is inferred. */
export function op<O>() {
  return <I extends z.ZodType>(definition: {
    input: I;
    access: Access;
  }): Operation<I, O> => definition;
}
