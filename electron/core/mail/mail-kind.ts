// What kind of mail arrived before anything is posted: an automatic answer (out of office,
// vacation) is not a message, and a bounce tells which of our emails could not be delivered.
import type { ParsedMail } from "mailparser";

const headerText = (mail: ParsedMail, name: string) => {
  const value = mail.headers.get(name);
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value.toLowerCase();
  if (typeof value === "object" && "value" in value)
    return String(value.value).toLowerCase();
  return String(value).toLowerCase();
};

/** RFC 3834 and the headers the common mail systems add to their automatic answers. */
export function isAutoReply(mail: ParsedMail): boolean {
  const submitted = headerText(mail, "auto-submitted");
  if (submitted && submitted !== "no") return true;
  if (mail.headers.has("x-autoreply") || mail.headers.has("x-autorespond"))
    return true;
  if (
    ["auto_reply", "bulk", "junk", "list"].includes(
      headerText(mail, "precedence"),
    )
  )
    return true;
  return /^(out of office|automatic reply|autoreply|afwezig|automatisch antwoord)\b/i.test(
    mail.subject ?? "",
  );
}

/** A delivery status notification (RFC 3464), or a mailer daemon's returned mail. */
export function isBounce(mail: ParsedMail): boolean {
  const type = headerText(mail, "content-type");
  if (type.includes("multipart/report") && type.includes("delivery-status"))
    return true;
  const from = mail.from?.value[0]?.address?.toLowerCase() ?? "";
  return /^(mailer-daemon|postmaster)@/.test(from);
}

/** The reason a bounce gives, from its Diagnostic-Code or Status line. */
export function bounceReason(source: string): string {
  const diagnostic = /^Diagnostic-Code:\s*(.+(?:\r?\n[ \t].+)*)/im.exec(source);
  if (diagnostic?.[1]) return diagnostic[1].replace(/\s+/g, " ").trim();
  const status = /^Status:\s*(\S+)/im.exec(source);
  return status?.[1]
    ? `Returned by the recipient's mail server (status ${status[1]})`
    : "Returned by the recipient's mail server";
}
