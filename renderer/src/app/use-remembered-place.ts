// Where each user left the console, kept on this machine: the last screen (opened again at the next
// sign-in, see lastPlace) and each list's sort and filters (its address query), restored when the
// user comes back to that list.
import { useEffect, useRef } from "react";
import { useLocation, useNavigate } from "react-router";
import { z } from "zod";

const Place = z.object({
  last: z.string().startsWith("/").max(2_000),
  queries: z.record(z.string(), z.string().max(2_000)),
});
type Place = z.infer<typeof Place>;

const keyOf = (userId: number) => `cutr.place.${userId}`;

function load(userId: number): Place | null {
  try {
    const parsed = Place.safeParse(
      JSON.parse(localStorage.getItem(keyOf(userId)) ?? "null"),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Where this user's console opens: the screen they left last, or Home the first time. */
export const lastPlace = (userId: number): string =>
  load(userId)?.last ?? "/home";

/** The first part of a path: the screen a list belongs to ("/orders" of "/orders?sort=…"). */
const screenOf = (pathname: string) => `/${pathname.split("/")[1] ?? ""}`;

export function useRememberedPlace(userId: number): void {
  const location = useLocation();
  const navigate = useNavigate();
  const previousPath = useRef<string | null>(null);

  useEffect(() => {
    const { pathname, search } = location;
    const place = load(userId) ?? { last: "/home", queries: {} };
    const arriving = previousPath.current !== pathname;
    previousPath.current = pathname;
    // Coming back to a list without a query: its sort and filters as this user left them.
    const remembered = place.queries[pathname];
    const isList = screenOf(pathname) === pathname;
    if (arriving && isList && search === "" && remembered) {
      void navigate(`${pathname}${remembered}`, { replace: true });
      return;
    }
    if (pathname === "/") return;
    const next: Place = {
      last: `${pathname}${search}`,
      queries: isList
        ? { ...place.queries, [pathname]: search }
        : place.queries,
    };
    localStorage.setItem(keyOf(userId), JSON.stringify(next));
  }, [location, navigate, userId]);
}
