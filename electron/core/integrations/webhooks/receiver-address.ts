// Where a webhook may be sent: not to the server's own network (loopback, private, link-local,
// carrier-grade NAT, unique-local), so an address typed in Settings cannot make the team service
// probe what sits behind it. A team whose platform runs on its own network says so with
// CUTR_WEBHOOK_ALLOW_PRIVATE=true. The address is resolved and checked before each attempt.
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

const internal = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
] as const)
  internal.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
] as const)
  internal.addSubnet(network, prefix, "ipv6");

const isInternal = (address: string) => {
  // An IPv4 address written as IPv6 (::ffff:10.0.0.1) is checked as the IPv4 one.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return internal.check(mapped, "ipv4");
  return internal.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
};

/** Why the receiver may not be sent to, or null when it may. */
export async function receiverAddressProblem(
  url: string,
  allowPrivate: boolean,
): Promise<string | null> {
  if (allowPrivate) return null;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    addresses = isIP(host)
      ? [host]
      : (await lookup(host, { all: true })).map((a) => a.address);
  } catch (error) {
    return `The receiver's host ${host} could not be found: ${(error as Error).message}`;
  }
  const blocked = addresses.find(isInternal);
  return blocked
    ? `The receiver's address ${blocked} is inside the server's own network: set CUTR_WEBHOOK_ALLOW_PRIVATE=true where that is meant.`
    : null;
}
