// Every text of the console, per language and namespace (one JSON file per area of the console).
// English is the reference: its keys type `t()` (i18next.d.ts), and the Dutch files must have
// exactly the same keys (test/unit/translations.test.ts).
import type { Language } from "./languages";
import en_common from "./locales/en/common.json";
import en_domain from "./locales/en/domain.json";
import en_nav from "./locales/en/nav.json";
import en_home from "./locales/en/home.json";
import en_orders from "./locales/en/orders.json";
import en_dispatch from "./locales/en/dispatch.json";
import en_quality from "./locales/en/quality.json";
import en_files from "./locales/en/files.json";
import en_partners from "./locales/en/partners.json";
import en_ratings from "./locales/en/ratings.json";
import en_messages from "./locales/en/messages.json";
import en_outbox from "./locales/en/outbox.json";
import en_settings from "./locales/en/settings.json";
import en_signin from "./locales/en/signin.json";
import en_slip from "./locales/en/slip.json";
import en_email from "./locales/en/email.json";
import en_notices from "./locales/en/notices.json";
import en_errors from "./locales/en/errors.json";
import en_imports from "./locales/en/imports.json";
import en_customers from "./locales/en/customers.json";
import nl_common from "./locales/nl/common.json";
import nl_domain from "./locales/nl/domain.json";
import nl_nav from "./locales/nl/nav.json";
import nl_home from "./locales/nl/home.json";
import nl_orders from "./locales/nl/orders.json";
import nl_dispatch from "./locales/nl/dispatch.json";
import nl_quality from "./locales/nl/quality.json";
import nl_files from "./locales/nl/files.json";
import nl_partners from "./locales/nl/partners.json";
import nl_ratings from "./locales/nl/ratings.json";
import nl_messages from "./locales/nl/messages.json";
import nl_outbox from "./locales/nl/outbox.json";
import nl_settings from "./locales/nl/settings.json";
import nl_signin from "./locales/nl/signin.json";
import nl_slip from "./locales/nl/slip.json";
import nl_email from "./locales/nl/email.json";
import nl_notices from "./locales/nl/notices.json";
import nl_errors from "./locales/nl/errors.json";
import nl_imports from "./locales/nl/imports.json";
import nl_customers from "./locales/nl/customers.json";

export const en = {
  common: en_common,
  domain: en_domain,
  nav: en_nav,
  home: en_home,
  orders: en_orders,
  dispatch: en_dispatch,
  quality: en_quality,
  files: en_files,
  partners: en_partners,
  ratings: en_ratings,
  messages: en_messages,
  outbox: en_outbox,
  settings: en_settings,
  signin: en_signin,
  slip: en_slip,
  email: en_email,
  notices: en_notices,
  errors: en_errors,
  imports: en_imports,
  customers: en_customers,
};

/** The shape of every language's texts: English's keys, each a string. */
export type Texts = typeof en;

export const nl: Texts = {
  common: nl_common,
  domain: nl_domain,
  nav: nl_nav,
  home: nl_home,
  orders: nl_orders,
  dispatch: nl_dispatch,
  quality: nl_quality,
  files: nl_files,
  partners: nl_partners,
  ratings: nl_ratings,
  messages: nl_messages,
  outbox: nl_outbox,
  settings: nl_settings,
  signin: nl_signin,
  slip: nl_slip,
  email: nl_email,
  notices: nl_notices,
  errors: nl_errors,
  imports: nl_imports,
  customers: nl_customers,
};

export const resources: Record<Language, Texts> = { en, nl };
export type Namespace = keyof Texts;
export const namespaces = Object.keys(en) as Namespace[];
