// A message body as the HTML part of an email: the structured body drawn element by element with
// every text escaped, so nothing anyone typed is ever markup in a mail client.
import type {
  MessageBlock,
  MessageDoc,
  MessageInline,
  MessageParagraph,
} from "../../../shared/message-body";

const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);

const markTags = { bold: "strong", italic: "em", underline: "u" } as const;

function inline(nodes: MessageInline[] | undefined): string {
  return (nodes ?? [])
    .map((node) => {
      if (node.type === "hardBreak") return "<br>";
      return (node.marks ?? []).reduce(
        (html, mark) =>
          `<${markTags[mark.type]}>${html}</${markTags[mark.type]}>`,
        escapeHtml(node.text),
      );
    })
    .join("");
}

function block(node: MessageBlock | MessageParagraph): string {
  switch (node.type) {
    case "paragraph":
      return `<p>${inline(node.content)}</p>`;
    case "heading":
      return `<h${node.attrs.level}>${inline(node.content)}</h${node.attrs.level}>`;
    case "bulletList":
      return `<ul>${node.content
        .map((item) => `<li>${item.content.map(block).join("")}</li>`)
        .join("")}</ul>`;
  }
}

export const messageHtml = (doc: MessageDoc) => doc.content.map(block).join("");
