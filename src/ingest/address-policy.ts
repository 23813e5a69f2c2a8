/**
 * Which addresses the article fetcher may connect to. Public unicast only: loopback, private
 * (RFC 1918), carrier-grade NAT, link-local (the cloud metadata address 169.254.169.254 among
 * them), multicast, reserved and their IPv6 equivalents are refused, unless the host is on the
 * operator's explicit allow-list (FETCH_ALLOW_HOSTS; empty by default).
 */
import ipaddr from 'ipaddr.js';

export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    // ::ffff:127.0.0.1 is 127.0.0.1
    if (v6.isIPv4MappedAddress()) parsed = v6.toIPv4Address();
  }
  return parsed.range() === 'unicast';
}

/** Is `host[:port]` of this URL on the allow-list? Entries are `host` or `host:port`. */
export function isAllowListed(url: URL, allowHosts: readonly string[]): boolean {
  if (allowHosts.length === 0) return false;
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return allowHosts.some((entry) => {
    const m = /^\[?([^\]]+?)\]?(?::(\d+))?$/.exec(entry);
    if (!m) return false;
    return m[1] === host && (m[2] === undefined || m[2] === port);
  });
}
