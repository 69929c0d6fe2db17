import { Button, Code, Group, Stack, Text } from "@mantine/core";
import { Modal } from "../../components/Modal";
import { createContext, useContext, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

const Confirm = createContext<(url: string) => void>(() => undefined);

/** Asks before a link from a message leaves the console; only https links may. */
export function ExternalLinkProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation(["messages", "common"]);
  const [url, setUrl] = useState<string | null>(null);
  const safe = url?.startsWith("https://") ?? false;
  return (
    <Confirm.Provider value={setUrl}>
      {children}
      <Modal
        opened={url !== null}
        onClose={() => setUrl(null)}
        title={t("link.title")}
      >
        <Stack gap="sm">
          <Code block>{url}</Code>
          <Text size="sm">{safe ? t("link.safe") : t("link.unsafe")}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setUrl(null)}>
              {t("common:cancel")}
            </Button>
            <Button
              disabled={!safe}
              onClick={() => {
                // Electron's window-open handler hands https links to the system browser.
                window.open(url ?? "", "_blank", "noopener,noreferrer");
                setUrl(null);
              }}
            >
              {t("link.open")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Confirm.Provider>
  );
}

export const useExternalLink = () => useContext(Confirm);
