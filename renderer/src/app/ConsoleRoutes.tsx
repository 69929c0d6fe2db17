import { Center, Loader } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Navigate, Route, Routes } from "react-router";
import { CustomerPage } from "../features/customers/CustomerPage";
import { CustomersPage } from "../features/customers/CustomersPage";
import { DispatchPage } from "../features/dispatch/DispatchPage";
import { HomePage } from "../features/home/HomePage";
import { InboxPage } from "../features/messages/InboxPage";
import { UnmatchedMailPage } from "../features/messages/UnmatchedMailPage";
import { OrderPage } from "../features/orders/OrderPage";
import { OutboxPage } from "../features/outbox/OutboxPage";
import { OrdersPage } from "../features/orders/OrdersPage";
import { PartnerPage } from "../features/partners/PartnerPage";
import { PartnersPage } from "../features/partners/PartnersPage";
import { QualityPage } from "../features/quality/QualityPage";
import { SettingsPage } from "../features/settings/SettingsPage";
import { SignInPage } from "../features/signin/SignInPage";
import { useAuth } from "./auth-context";
import { ConsoleShell } from "./ConsoleShell";
import { lastPlace } from "./use-remembered-place";

export function ConsoleRoutes() {
  const { t } = useTranslation("nav");
  const { user, checking } = useAuth();
  if (checking) {
    return (
      <Center h="100vh">
        <Loader aria-label={t("starting")} />
      </Center>
    );
  }
  if (!user) return <SignInPage />;
  return (
    <Routes>
      <Route element={<ConsoleShell />}>
        <Route
          path="/"
          element={<Navigate to={lastPlace(user.id)} replace />}
        />
        <Route path="/home" element={<HomePage />} />
        <Route path="/dispatch" element={<DispatchPage />} />
        <Route path="/orders" element={<OrdersPage />} />
        <Route path="/orders/:id" element={<OrderPage />} />
        <Route path="/quality" element={<QualityPage />} />
        <Route path="/partners" element={<PartnersPage />} />
        <Route path="/partners/:id" element={<PartnerPage />} />
        <Route path="/customers" element={<CustomersPage />} />
        <Route path="/customers/:id" element={<CustomerPage />} />
        <Route path="/messages" element={<InboxPage />} />
        <Route path="/messages/unmatched" element={<UnmatchedMailPage />} />
        <Route path="/outbox" element={<OutboxPage />} />
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="*" element={<Navigate to="/home" replace />} />
      </Route>
    </Routes>
  );
}
