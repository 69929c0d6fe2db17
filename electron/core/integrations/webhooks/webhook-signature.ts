// Webhook signatures (HMAC-SHA256 over "<timestamp>.<body>"), so a receiver knows a delivery came
// from Cutr and can refuse a replay: it checks the signature and that the timestamp is recent.
// Each subscription's signing secret is derived from the pepper and never stored: the database
// alone cannot sign.
import { createHmac } from "node:crypto";

export const signingSecret = (pepper: string, subscriptionId: number) =>
  `whsec_${createHmac("sha256", pepper)
    .update(`cutr webhook signing secret ${subscriptionId}`)
    .digest("base64url")}`;

/** The Cutr-Signature header's value: `t=<unix seconds>,v1=<hex HMAC>`. */
export function signatureHeader(
  secret: string,
  timestamp: number,
  body: string,
): string {
  const mac = createHmac("sha256", secret)
    .update(`${timestamp}.${body}`)
    .digest("hex");
  return `t=${timestamp},v1=${mac}`;
}
