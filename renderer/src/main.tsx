import "@mantine/core/styles.css";
import "@mantine/dates/styles.css";
import "@mantine/notifications/styles.css";
import "@mantine/dropzone/styles.css";
import "@mantine/tiptap/styles.css";
import "@mantine/spotlight/styles.css";
import {
  createTheme,
  darken,
  defaultVariantColorsResolver,
  MantineProvider,
  parseThemeColor,
  type CSSVariablesResolver,
} from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { HashRouter } from "react-router";
import { AuthProvider } from "./app/auth-context";
import { ConsoleRoutes } from "./app/ConsoleRoutes";
import { LanguageRoot } from "./i18n/LanguageRoot";

// Contrast (WCAG AA, checked by axe-core in the end-to-end tests): text on light and subtle
// backgrounds uses the darkest shade of its colour, and dimmed text is a darker grey than
// Mantine's default.
const theme = createTheme({
  primaryColor: "blue",
  primaryShade: 8,
  defaultRadius: "sm",
  fontSizes: { md: "0.9rem" },
  variantColorResolver: (input) => {
    const colors = defaultVariantColorsResolver(input);
    const parsed = parseThemeColor({
      color: input.color ?? input.theme.primaryColor,
      theme: input.theme,
    });
    if (
      parsed.isThemeColor &&
      (input.variant === "light" ||
        input.variant === "subtle" ||
        input.variant === "outline")
    ) {
      // Orange and yellow are light even at shade 9: darkened further to read on a tint.
      const text = darken(
        input.theme.colors[parsed.color]?.[9] ?? "#000",
        0.35,
      );
      return {
        ...colors,
        color: text,
        border:
          input.variant === "outline" ? `1px solid ${text}` : colors.border,
      };
    }
    // White on the light greens, oranges and yellows is too faint: those fills are darkened.
    if (
      parsed.isThemeColor &&
      input.variant === "filled" &&
      ["green", "teal", "lime", "yellow", "orange", "cyan"].includes(
        parsed.color,
      )
    ) {
      const fill = darken(input.theme.colors[parsed.color]?.[9] ?? "#000", 0.2);
      return { ...colors, background: fill, hover: darken(fill, 0.1) };
    }
    return colors;
  },
});

const contrast: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-placeholder": "var(--mantine-color-gray-6)",
  },
  dark: {},
});

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 10_000 },
  },
});

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={contrast}>
      <Notifications />
      <QueryClientProvider client={queryClient}>
        <AuthProvider>
          {/* Locations render at once, not as a deferred transition: list settings live in the
              address, and a second change (the search after a sort) must start from the first.
              Deferred, it read the address as it was before the sort and dropped the sort. */}
          <HashRouter useTransitions={false}>
            <LanguageRoot>
              <ConsoleRoutes />
            </LanguageRoot>
          </HashRouter>
        </AuthProvider>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
