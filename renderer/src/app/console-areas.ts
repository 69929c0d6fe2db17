// The console's areas, as the navigation lists them and the search palette offers to go to them.
import {
  IconBuildingFactory2,
  IconClipboardList,
  IconHome,
  IconMail,
  IconMessages,
  IconPhotoCheck,
  IconSettings,
  IconTruckDelivery,
  IconUsers,
} from "@tabler/icons-react";

export const consoleAreas = [
  { to: "/home", area: "home", icon: IconHome },
  { to: "/dispatch", area: "dispatch", icon: IconTruckDelivery },
  { to: "/orders", area: "orders", icon: IconClipboardList },
  { to: "/quality", area: "quality", icon: IconPhotoCheck },
  { to: "/partners", area: "partners", icon: IconBuildingFactory2 },
  { to: "/customers", area: "customers", icon: IconUsers },
  { to: "/messages", area: "messages", icon: IconMessages },
  { to: "/outbox", area: "outbox", icon: IconMail },
  { to: "/settings", area: "settings", icon: IconSettings },
] as const;
