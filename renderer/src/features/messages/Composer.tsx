import {
  Button,
  CloseButton,
  FileButton,
  Group,
  Image,
  Paper,
  Stack,
  Text,
} from "@mantine/core";
import { RichTextEditor } from "@mantine/tiptap";
import { notifications } from "@mantine/notifications";
import {
  IconMail,
  IconMailOff,
  IconPhotoPlus,
  IconSend,
} from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ThreadInfo } from "../../../../shared/contract";
import type { ThreadKind } from "../../../../shared/domain";
import { bodyRefusalOf, MessageBody } from "../../../../shared/message-body";
import { call } from "../../api/client";
import { readBase64 } from "../files/read-base64";
import { draftKey, readDraft, saveDraft } from "./drafts";
import { getHotkeyHandler } from "@mantine/hooks";
import { shortcutItems } from "../../app/shortcuts";

/** Only what a message may hold: headings, bold, italic, underline and bullet lists. */
const extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    orderedList: false,
    strike: false,
    link: false,
  }),
];

function PhotoPreview({ file, onRemove }: { file: File; onRemove(): void }) {
  const { t } = useTranslation("messages");
  const url = useMemo(() => URL.createObjectURL(file), [file]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <Paper withBorder p={4} pos="relative">
      <Image src={url} alt={file.name} w={88} h={66} fit="cover" radius="sm" />
      <CloseButton
        size="xs"
        pos="absolute"
        top={2}
        right={2}
        aria-label={t("composer.remove", { name: file.name })}
        onClick={onRemove}
      />
    </Paper>
  );
}

/** Says before sending whether the message also leaves by email, and to whom. */
function EmailNote({ emailTo }: { emailTo: ThreadInfo["emailTo"] }) {
  const { t, i18n } = useTranslation("messages");
  if (emailTo !== null && emailTo.length === 0) return null;
  const names =
    emailTo &&
    new Intl.ListFormat(i18n.language, { type: "conjunction" }).format(
      emailTo.map((r) => t(`composer.recipient.${r.kind}`, { name: r.name })),
    );
  return (
    <Group gap={6} wrap="nowrap">
      {names ? (
        <IconMail size={14} aria-hidden />
      ) : (
        <IconMailOff size={14} aria-hidden />
      )}
      <Text size="xs" c="dimmed">
        {names ? t("composer.emailTo", { names }) : t("composer.emailOff")}
      </Text>
    </Group>
  );
}

/** Writes to one thread of an order; the draft is kept per thread until it is sent. */
export function Composer({
  orderId,
  thread,
  emailTo,
  onSent,
}: {
  orderId: number;
  thread: ThreadKind;
  emailTo: ThreadInfo["emailTo"];
  /** After a message is sent (the inbox's pane then opens the next thread). */
  onSent?(): void;
}) {
  const { t } = useTranslation(["messages", "errors"]);
  const key = draftKey(orderId, thread);
  const [photos, setPhotos] = useState<File[]>(() => readDraft(key).photos);
  const photosNow = useRef(photos);
  photosNow.current = photos;
  const [sending, setSending] = useState(false);
  const queryClient = useQueryClient();
  const editor = useEditor({
    extensions,
    content: readDraft(key).body ?? "",
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": t("composer.message"),
      },
    },
    onUpdate: ({ editor: e }) =>
      saveDraft(key, {
        body: e.isEmpty ? null : e.getJSON(),
        photos: photosNow.current,
      }),
  });
  useEffect(() => {
    saveDraft(key, {
      body: editor && !editor.isEmpty ? editor.getJSON() : null,
      photos,
    });
  }, [key, editor, photos]);

  async function send() {
    if (!editor || sending) return;
    const parsed = MessageBody.safeParse(editor.getJSON());
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const refusal = bodyRefusalOf(issue);
      notifications.show({
        color: "red",
        title: t("composer.notSent"),
        message: refusal
          ? t(`errors:input.${refusal}`)
          : (issue?.message ?? t("composer.invalid")),
      });
      return;
    }
    setSending(true);
    try {
      await call("messages.send", {
        orderId,
        thread,
        body: parsed.data,
        attachments: await Promise.all(
          photos.map(async (p) => ({
            name: p.name,
            dataBase64: await readBase64(p),
          })),
        ),
      });
      editor.commands.clearContent();
      setPhotos([]);
      saveDraft(key, { body: null, photos: [] });
      await queryClient.invalidateQueries();
      onSent?.();
    } catch (error) {
      // The draft stays as it was: nothing typed is lost.
      notifications.show({
        color: "red",
        title: t("composer.notSent"),
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setSending(false);
    }
  }

  return (
    <Stack gap="xs">
      <RichTextEditor
        editor={editor}
        labels={{
          h2ControlLabel: t("composer.toolbar.h2"),
          h3ControlLabel: t("composer.toolbar.h3"),
          boldControlLabel: t("composer.toolbar.bold"),
          italicControlLabel: t("composer.toolbar.italic"),
          underlineControlLabel: t("composer.toolbar.underline"),
          bulletListControlLabel: t("composer.toolbar.bulletList"),
        }}
        onKeyDown={getHotkeyHandler(shortcutItems("send", () => void send()))}
      >
        <RichTextEditor.Toolbar>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.H2 />
            <RichTextEditor.H3 />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Bold />
            <RichTextEditor.Italic />
            <RichTextEditor.Underline />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.BulletList />
          </RichTextEditor.ControlsGroup>
        </RichTextEditor.Toolbar>
        <RichTextEditor.Content mih={90} />
      </RichTextEditor>
      <EmailNote emailTo={emailTo} />
      {photos.length > 0 && (
        <Group gap="xs">
          {photos.map((file, i) => (
            <PhotoPreview
              key={`${file.name}-${i}`}
              file={file}
              onRemove={() => setPhotos(photos.filter((_, j) => j !== i))}
            />
          ))}
        </Group>
      )}
      <Group justify="space-between">
        <FileButton
          multiple
          accept="image/jpeg,image/png,image/webp"
          inputProps={{ "aria-label": t("composer.choosePhotos") }}
          onChange={(files) => setPhotos([...photos, ...files].slice(0, 10))}
        >
          {(props) => (
            <Button
              {...props}
              variant="default"
              size="xs"
              leftSection={<IconPhotoPlus size={16} />}
            >
              {t("composer.addPhotos")}
            </Button>
          )}
        </FileButton>
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            {t("composer.hint")}
          </Text>
          <Button
            size="xs"
            leftSection={<IconSend size={16} />}
            loading={sending}
            onClick={() => void send()}
          >
            {t("composer.send")}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
