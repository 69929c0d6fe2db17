import { Modal as MantineModal, type ModalProps } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Mantine's Modal whose close button has a name in the user's language (screen readers say it). */
export function Modal(props: ModalProps) {
  const { t } = useTranslation();
  return (
    <MantineModal
      {...props}
      closeButtonProps={{ "aria-label": t("close"), ...props.closeButtonProps }}
    />
  );
}
