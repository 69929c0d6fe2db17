import { Pagination } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Mantine's pagination with a name on every button, for screen readers. */
export function PagePicker({
  total,
  value,
  onChange,
}: {
  total: number;
  value: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Pagination
      size="sm"
      total={total}
      value={value}
      onChange={onChange}
      getItemProps={(page) => ({ "aria-label": t("page.number", { page }) })}
      getControlProps={(control) => ({
        "aria-label": t(`page.${control}`),
      })}
    />
  );
}
