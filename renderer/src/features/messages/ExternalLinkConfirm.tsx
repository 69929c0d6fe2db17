import { Button, Code, Group, Modal, Stack, Text } from "@mantine/core";
import { createContext, useContext, useState, type ReactNode } from "react";

const Confirm = createContext<(url: string) => void>(() => undefined);

/** Asks before a link from a message leaves the console; only https links may. */
export function ExternalLinkProvider({ children }: { children: ReactNode }) {
  const [url, setUrl] = useState<string | null>(null);
  const safe = url?.startsWith("https://") ?? false;
  return (
    <Confirm.Provider value={setUrl}>
      {children}
      <Modal
        opened={url !== null}
        onClose={() => setUrl(null)}
        title="Open a link outside the console?"
      >
        <Stack gap="sm">
          <Code block>{url}</Code>
          <Text size="sm">
            {safe
              ? "It opens in your web browser. Open it only if you trust who sent it."
              : "Only https links can be opened; this one is not encrypted."}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setUrl(null)}>
              Cancel
            </Button>
            <Button
              disabled={!safe}
              onClick={() => {
                // Electron's window-open handler hands https links to the system browser.
                window.open(url ?? "", "_blank", "noopener,noreferrer");
                setUrl(null);
              }}
            >
              Open link
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Confirm.Provider>
  );
}

export const useExternalLink = () => useContext(Confirm);
