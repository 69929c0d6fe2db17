import { z } from "zod";
import type { Role } from "../domain";
import { op } from "./op";

export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
}

export interface SignInResult {
  session: string;
  user: User;
}

export const authOperations = {
  "auth.users": op<User[]>()({
    input: z.object({}).strict(),
    access: "public",
  }),
  "auth.signIn": op<SignInResult>()({
    input: z.object({ email: z.email().max(200) }).strict(),
    access: "public",
  }),
  "auth.me": op<User>()({ input: z.object({}).strict(), access: "signedIn" }),
  "auth.signOut": op<{ signedOut: true }>()({
    input: z.object({}).strict(),
    access: "signedIn",
  }),
};
