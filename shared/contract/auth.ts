import { z } from "zod";
import type { Role } from "../domain";
import { op } from "./op";
import { Password } from "./users";
import { LanguageSchema, type Language } from "../i18n/languages";

export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** The language the console speaks to this user, and of the emails it sends them. */
  language: Language;
}

/** Local: one workstation, sign in by choosing who you are. Team: a shared server, with passwords. */
export type SignInMode = "local" | "team";

export interface SignInResult {
  session: string;
  user: User;
}

export const authOperations = {
  "auth.users": op<User[]>()({
    input: z.object({}).strict(),
    access: "public",
  }),
  "auth.mode": op<{ mode: SignInMode }>()({
    input: z.object({}).strict(),
    access: "public",
  }),
  "auth.signIn": op<SignInResult>()({
    input: z
      .object({
        email: z.email().max(200),
        /** Required in team mode; ignored on a local workstation. */
        password: z.string().max(200).optional(),
        /** The language the screen reads, for the words of a refusal (before anyone is known). */
        language: LanguageSchema.optional(),
      })
      .strict(),
    access: "public",
  }),
  "auth.changePassword": op<{ changed: true }>()({
    input: z.object({ current: z.string().max(200), next: Password }).strict(),
    access: "signedIn",
  }),
  "auth.setLanguage": op<User>()({
    input: z.object({ language: LanguageSchema }).strict(),
    access: "signedIn",
  }),
  "auth.me": op<User>()({ input: z.object({}).strict(), access: "signedIn" }),
  "auth.signOut": op<{ signedOut: true }>()({
    input: z.object({}).strict(),
    access: "signedIn",
  }),
};
