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
import {
  IconBuildingFactory2,
  IconClipboardList,
  IconHome,
  IconLogout,
  IconMail,
  IconMessages,
  IconPhotoCheck,
  IconSearch,
  IconSettings,
  IconTruckDelivery,
} from "@tabler/icons-react";
import { NavLink as RouterLink, Outlet, useLocation } from "react-router";
import { roleLabels } from "../../../shared/labels";
import { ExternalLinkProvider } from "../features/messages/ExternalLinkConfirm";
import { useAuth, useUser } from "./auth-context";
import { GlobalSearch, openSearch } from "./GlobalSearch";
import { ShortcutHelp } from "./ShortcutHelp";
import { NavCount } from "./NavCount";
import { useLiveChanges } from "./use-live-changes";

const areas = [
  { to: "/home", label: "Home", icon: IconHome },
  { to: "/dispatch", label: "Dispatch", icon: IconTruckDelivery },
  { to: "/orders", label: "Orders", icon: IconClipboardList },
  { to: "/quality", label: "Quality", icon: IconPhotoCheck },
  { to: "/partners", label: "Partners", icon: IconBuildingFactory2 },
  { to: "/messages", label: "Messages", icon: IconMessages },
  { to: "/outbox", label: "Outbox", icon: IconMail },
  { to: "/settings", label: "Settings", icon: IconSettings },
];

export function ConsoleShell() {
  const user = useUser();
  const { signOut } = useAuth();
  const location = useLocation();
  useLiveChanges();
  return (
    <AppShell navbar={{ width: 208, breakpoint: 0 }} padding={0}>
      <AppShell.Navbar p="xs" bg="gray.0">
        <Stack justify="space-between" h="100%">
          <nav aria-label="Console areas">
            <Title order={2} size="h4" px="sm" py="xs">
              Cutr
            </Title>
            <UnstyledButton
              onClick={openSearch}
              px="sm"
              py={6}
              mb="xs"
              w="100%"
              aria-label="Search (Ctrl+K)"
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
                    Search
                  </Text>
                </Group>
                <Kbd size="xs">Ctrl K</Kbd>
              </Group>
            </UnstyledButton>
            {areas.map(({ to, label, icon: Icon }) => (
              <NavLink
                key={to}
                component={RouterLink}
                to={to}
                label={label}
                leftSection={<Icon size={18} stroke={1.6} />}
                active={location.pathname.startsWith(to)}
                rightSection={<NavCount area={to} />}
                variant="light"
              />
            ))}
          </nav>
          <Group justify="space-between" wrap="nowrap" px="xs" pb="xs">
            <div>
              <Text size="sm" fw={500} lineClamp={1}>
                {user.name}
              </Text>
              <Text size="xs" c="dimmed">
                {roleLabels[user.role]}
              </Text>
            </div>
            <UnstyledButton
              onClick={() => void signOut()}
              aria-label="Sign out"
              title="Sign out"
            >
              <IconLogout size={18} />
            </UnstyledButton>
          </Group>
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
