// What a partner or customer wrote, without the quoted history and the signature: the reply parser
// cuts the text part (mailparser makes one from HTML when there is none), and the rest becomes
// the structured body, paragraph by paragraph. HTML itself is never kept.
import EmailReplyParser from "email-reply-parser";
import {
  maxMessageCharacters,
  type MessageDoc,
  type MessageInline,
} from "../../../shared/message-body";

export function visibleReply(text: string): string {
  const visible = new EmailReplyParser().parseReply(
    text.replace(/\r\n/g, "\n"),
  );
  return (
    visible
      // Control characters other than tab and newline: a mail may carry them, a message may not.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
      .replace(/[ \t]+$/gm, "")
      .trim()
      .slice(0, maxMessageCharacters)
  );
}

/** Paragraphs at blank lines, line breaks kept within them. */
export function replyDoc(text: string): MessageDoc {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return {
    type: "doc",
    content: paragraphs.map((paragraph) => ({
      type: "paragraph",
      content: paragraph
        .split("\n")
        .flatMap((line, index): MessageInline[] => [
          ...(index > 0 ? [{ type: "hardBreak" as const }] : []),
          ...(line.length > 0 ? [{ type: "text" as const, text: line }] : []),
        ]),
    })),
  };
}
