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
import type { Language } from "../../../shared/i18n/languages";
import { ApiFailure, call, setSession } from "../api/client";
import {
  applyLanguage,
  currentLanguage,
  takeChoiceBeforeSignIn,
} from "../i18n/i18n";

interface AuthState {
  user: User | null;
  /** True until we know whether an earlier session is still valid. */
  checking: boolean;
  /** The password is asked in team mode only (see auth.mode). */
  signIn(email: string, password?: string): Promise<void>;
  signOut(): Promise<void>;
  /** Saves the user's language and switches every screen to it. */
  setLanguage(language: Language): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setSignedIn] = useState<User | null>(null);
  // Whoever signs in gets the console in their own language.
  const setUser = useCallback((next: User | null) => {
    if (next) applyLanguage(next.language);
    setSignedIn(next);
  }, []);
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
  }, [setUser]);

  const signIn = useCallback(
    async (email: string, password?: string) => {
      const result = await call("auth.signIn", {
        email,
        password,
        language: currentLanguage(),
      });
      setSession(result.session);
      // A language picked on the sign-in screen just now is this user's choice: keep it.
      const chosen = takeChoiceBeforeSignIn();
      setUser(
        chosen && chosen !== result.user.language
          ? await call("auth.setLanguage", { language: chosen })
          : result.user,
      );
    },
    [setUser],
  );

  const signOut = useCallback(async () => {
    await call("auth.signOut", {}).catch(() => undefined);
    setSession(null);
    setUser(null);
    queryClient.clear();
  }, [queryClient, setUser]);

  const setLanguage = useCallback(
    async (language: Language) => {
      setUser(await call("auth.setLanguage", { language }));
    },
    [setUser],
  );

  const value = useMemo(
    () => ({ user, checking, signIn, signOut, setLanguage }),
    [user, checking, signIn, signOut, setLanguage],
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
