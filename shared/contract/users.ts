import { z } from "zod";
import { Role } from "../domain";
import type { User } from "./auth";
import { op } from "./op";

/** A password a team member chooses: long enough to resist guessing, short enough to type. */
export const Password = z
  .string()
  .min(12, "A password has at least 12 characters.")
  .max(200, "A password has at most 200 characters.");

/** Why a password would be refused, or undefined when it is fine (the same rule on both sides). */
export function passwordProblem(password: string): string | undefined {
  return Password.safeParse(password).error?.issues[0]?.message;
}

export interface UserRow extends User {
  active: boolean;
  hasPassword: boolean;
  createdAt: string;
}

const Name = z.string().trim().min(1, "Give the person's name.").max(120);

export const userOperations = {
  "users.list": op<UserRow[]>()({
    input: z.object({}).strict(),
    access: "administer",
  }),
  "users.create": op<UserRow>()({
    input: z
      .object({
        email: z.email().max(200),
        name: Name,
        role: Role,
        password: Password.optional(),
      })
      .strict(),
    access: "administer",
  }),
  "users.update": op<UserRow>()({
    input: z
      .object({
        id: z.number().int().positive(),
        name: Name.optional(),
        role: Role.optional(),
        active: z.boolean().optional(),
      })
      .strict(),
    access: "administer",
  }),
  "users.setPassword": op<{ set: true }>()({
    input: z
      .object({ id: z.number().int().positive(), password: Password })
      .strict(),
    access: "administer",
  }),
};
