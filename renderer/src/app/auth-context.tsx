import { useQueryClient } from "@tanstack/react-query";
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import type { User } from "../../../shared/contract";
import { ApiFailure, call, setSession } from "../api/client";

interface AuthState {
  user: User | null;
  /** True until we know whether an earlier session is still valid. */
  checking: boolean;
  /** The password is asked in team mode only (see auth.mode). */
  signIn(email: string, password?: string): Promise<void>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [checking, setChecking] = useState(true);
  const queryClient = useQueryClient();

  useEffect(() => {
    call("auth.me", {})
      .then(setUser)
      .catch((error: unknown) => {
        if (!(error instanceof ApiFailure) || error.code !== "UNAUTHORIZED")
          console.error(error);
        setSession(null);
      })
      .finally(() => setChecking(false));
  }, []);

  const signIn = useCallback(async (email: string, password?: string) => {
    const result = await call("auth.signIn", { email, password });
    setSession(result.session);
    setUser(result.user);
  }, []);

  const signOut = useCallback(async () => {
    await call("auth.signOut", {}).catch(() => undefined);
    setSession(null);
    setUser(null);
    queryClient.clear();
  }, [queryClient]);

  const value = useMemo(
    () => ({ user, checking, signIn, signOut }),
    [user, checking, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error("useAuth outside AuthProvider");
  return state;
}

/** The signed-in user, for screens that only render after sign-in. */
export function useUser(): User {
  const { user } = useAuth();
  if (!user) throw new Error("useUser before sign-in");
  return user;
}
