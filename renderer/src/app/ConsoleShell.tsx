import {
  AppShell,
  Group,
  Kbd,
  NavLink,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from "@mantine/core";
import { IconLogout, IconSearch } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { NavLink as RouterLink, Outlet, useLocation } from "react-router";
import { ExternalLinkProvider } from "../features/messages/ExternalLinkConfirm";
import { useAuth, useUser } from "./auth-context";
import { consoleAreas } from "./console-areas";
import { GlobalSearch, openSearch } from "./GlobalSearch";
import { ShortcutHelp } from "./ShortcutHelp";
import { useListKeys } from "./use-list-keys";
import { NavCount } from "./NavCount";
import { UpdateReady } from "./UpdateReady";
import { useDesktopNotices } from "./use-desktop-notices";
import { useLiveChanges } from "./use-live-changes";
import { useRememberedPlace } from "./use-remembered-place";

export function ConsoleShell() {
  const { t } = useTranslation(["nav", "domain"]);
  const user = useUser();
  const { signOut } = useAuth();
  const location = useLocation();
  useLiveChanges();
  useDesktopNotices();
  useListKeys();
  useRememberedPlace(user.id);
  return (
    <AppShell navbar={{ width: 208, breakpoint: 0 }} padding={0}>
      <AppShell.Navbar p="xs" bg="gray.0">
        <Stack justify="space-between" h="100%">
          <nav aria-label={t("areas")}>
            <Title order={2} size="h4" px="sm" py="xs">
              {t("brand")}
            </Title>
            <UnstyledButton
              onClick={openSearch}
              px="sm"
              py={6}
              mb="xs"
              w="100%"
              style={{
                border: "1px solid var(--mantine-color-gray-3)",
                borderRadius: 6,
                background: "white",
              }}
            >
              <Group gap={6} wrap="nowrap" justify="space-between">
                <Group gap={6} wrap="nowrap">
                  <IconSearch size={16} stroke={1.6} />
                  <Text size="sm" c="dimmed">
                    {t("searchButton")}
                  </Text>
                </Group>
                <Kbd size="xs">{t("searchKeys")}</Kbd>
              </Group>
            </UnstyledButton>
            {consoleAreas.map(({ to, area, icon: Icon }) => (
              <NavLink
                key={to}
                component={RouterLink}
                to={to}
                label={t(`area.${area}`)}
                leftSection={<Icon size={18} stroke={1.6} />}
                active={location.pathname.startsWith(to)}
                rightSection={<NavCount area={to} />}
                variant="light"
              />
            ))}
          </nav>
          <Stack gap="xs" px="xs" pb="xs">
            <UpdateReady />
            <Group justify="space-between" wrap="nowrap">
              <div>
                <Text size="sm" fw={500} lineClamp={1}>
                  {user.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`domain:role.${user.role}`)}
                </Text>
              </div>
              <UnstyledButton
                onClick={() => void signOut()}
                aria-label={t("signOut")}
                title={t("signOut")}
              >
                <IconLogout size={18} />
              </UnstyledButton>
            </Group>
          </Stack>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <ExternalLinkProvider>
          <Outlet />
        </ExternalLinkProvider>
        <GlobalSearch />
        <ShortcutHelp />
      </AppShell.Main>
    </AppShell>
  );
}
