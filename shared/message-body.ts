// A message body is structured text, never HTML: the Tiptap/ProseMirror JSON of the composer,
// limited to paragraphs, headings, bullet lists, line breaks and the bold, italic and underline
// marks. Anything else (a link, an image node, an attribute, a script) fails validation, and the
// console renders the tree as React elements, so no markup written by anyone is ever interpreted.
import { z } from "zod";

export const maxMessageCharacters = 20_000;

const Mark = z
  .object({ type: z.enum(["bold", "italic", "underline"]) })
  .strict();

const Text = z
  .object({
    type: z.literal("text"),
    text: z.string().min(1),
    marks: z.array(Mark).max(3).optional(),
  })
  .strict();

const HardBreak = z.object({ type: z.literal("hardBreak") }).strict();

const Inline = z.discriminatedUnion("type", [Text, HardBreak]);
export type MessageInline = z.infer<typeof Inline>;

const Paragraph = z
  .object({
    type: z.literal("paragraph"),
    content: z.array(Inline).max(5_000).optional(),
  })
  .strict();

const Heading = z
  .object({
    type: z.literal("heading"),
    attrs: z.object({ level: z.union([z.literal(2), z.literal(3)]) }).strict(),
    content: z.array(Inline).max(1_000).optional(),
  })
  .strict();

export interface MessageList {
  type: "bulletList";
  content: { type: "listItem"; content: (MessageParagraph | MessageList)[] }[];
}
export type MessageParagraph = z.infer<typeof Paragraph>;
export type MessageHeading = z.infer<typeof Heading>;
export type MessageBlock = MessageParagraph | MessageHeading | MessageList;

const BulletList: z.ZodType<MessageList> = z.lazy(() =>
  z
    .object({
      type: z.literal("bulletList"),
      content: z
        .array(
          z
            .object({
              type: z.literal("listItem"),
              content: z
                .array(z.union([Paragraph, BulletList]))
                .min(1)
                .max(50),
            })
            .strict(),
        )
        .min(1)
        .max(500),
    })
    .strict(),
);

export interface MessageDoc {
  type: "doc";
  content: MessageBlock[];
}

/** The plain text of a body: for search, email copies and the length rule. */
export function plainText(doc: MessageDoc): string {
  const inline = (content: MessageInline[] | undefined) =>
    (content ?? [])
      .map((node) => (node.type === "text" ? node.text : "\n"))
      .join("");
  const block = (node: MessageBlock | MessageParagraph): string =>
    node.type === "bulletList"
      ? node.content
          .map((item) => `• ${item.content.map(block).join("\n")}`)
          .join("\n")
      : inline(node.content);
  return doc.content.map(block).join("\n\n");
}

/**
 * The body's own refusals, each a key of `errors:input` whose English is the refusal's message.
 * The core says them in the caller's language through the dispatch (which looks the English up);
 * the composer reads the key from the issue's params (`bodyRefusalOf`) and says it with `t`.
 * errors.json holds the English word for word, the limit written out ("20,000"): the Dutch
 * refusals test fails if the two part ways.
 */
export type BodyRefusal = "messageEmpty" | "messageTooLong";

const refusal = (message: string, key: BodyRefusal) => ({
  message,
  params: { bodyRefusal: key },
});

/** Which of the body's own refusals a validation issue is, if it is one. */
export function bodyRefusalOf(
  issue: z.core.$ZodIssue | undefined,
): BodyRefusal | undefined {
  return issue?.code === "custom"
    ? (issue.params as { bodyRefusal?: BodyRefusal } | undefined)?.bodyRefusal
    : undefined;
}

export const MessageBody: z.ZodType<MessageDoc> = z
  .object({
    type: z.literal("doc"),
    content: z
      .array(z.union([Paragraph, Heading, BulletList]))
      .min(1)
      .max(2_000),
  })
  .strict()
  .refine(
    (doc) => plainText(doc).trim().length > 0,
    refusal("Write something before sending", "messageEmpty"),
  )
  .refine(
    (doc) => plainText(doc).length <= maxMessageCharacters,
    refusal(
      `A message holds at most ${maxMessageCharacters.toLocaleString("en-GB")} characters`,
      "messageTooLong",
    ),
  );
