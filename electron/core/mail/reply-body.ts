// What a partner or customer wrote, without the quoted history and the signature: the reply parser
// cuts the text part (made here from the HTML when a mail has none), and the rest becomes the
// structured body, paragraph by paragraph. HTML itself is never kept.
import EmailReplyParser from "email-reply-parser";
import { convert } from "html-to-text";
import {
  maxMessageCharacters,
  type MessageDoc,
  type MessageInline,
} from "../../../shared/message-body";

/** Without control characters other than tab and newline: a mail may carry them (even NUL, which PostgreSQL refuses in text), a message may not. */
export const withoutControls = (text: string) =>
  // eslint-disable-next-line no-control-regex
  text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");

/**
 * The words of an HTML-only mail: scripts, styles and pictures (tracking pixels, signature logos)
 * leave no text, link addresses are dropped, and the quoted history mail clients wrap in a
 * blockquote or Gmail's quote block goes before the reply parser even looks.
 */
export function htmlWords(html: string): string {
  try {
    return convert(html, {
      wordwrap: false,
      limits: { maxDepth: 1000, maxInputLength: 2_000_000 },
      selectors: [
        { selector: "img", format: "skip" },
        { selector: "a", options: { ignoreHref: true } },
        { selector: "blockquote", format: "skip" },
        { selector: ".gmail_quote", format: "skip" },
        { selector: "#appendonsend", format: "skip" },
        { selector: "#divRplyFwdMsg", format: "skip" },
      ],
    });
  } catch {
    return ""; // markup too deep or too long to read: the mail waits as an empty reply
  }
}

export function visibleReply(text: string): string {
  const visible = new EmailReplyParser().parseReply(
    text.replace(/\r\n/g, "\n"),
  );
  return withoutControls(visible)
    .replace(/[ \t]+$/gm, "")
    .trim()
    .slice(0, maxMessageCharacters);
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
