import type { Random } from "./random.ts";
import type { LoginInfo } from "./types.ts";

interface ClientProfile {
  browser: string;
  os: string;
  userAgent: string;
}

const CLIENTS: readonly ClientProfile[] = [
  {
    browser: "Chrome 120.0.0",
    os: "Linux",
    userAgent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
  },
  {
    browser: "Chrome 124.0.0",
    os: "Windows 10",
    userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
  },
  {
    browser: "Edge 124.0.0",
    os: "Windows 10",
    userAgent:
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51",
  },
  {
    browser: "Firefox 125.0",
    os: "Windows 10",
    userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
  },
  {
    browser: "Safari 17.4",
    os: "Mac OS X",
    userAgent:
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
  },
  {
    browser: "Chrome 123.0.0",
    os: "Mac OS X",
    userAgent:
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36",
  },
];

const PHONE_MODES: readonly string[] = ["Browser Secure", "Browser Secure", "Softphone", "Hardphone", "Dial-in"];
const HOUR_MS = 3_600_000;

/**
 * Sign-in details as Get User Data reports them. A fifth of the users never signed in; they get
 * only `isLoggedIn: false`, which a client must cope with.
 */
export function makeLoginInfo(random: Random, referenceTime: number): LoginInfo {
  if (random.chance(0.2)) return { isLoggedIn: false };
  const client = random.pick(CLIENTS);
  // About one agent in six is on shift at the reference time; the rest signed out days ago.
  const isLoggedIn = random.chance(0.18);
  const hoursAgo = isLoggedIn ? random.int(1, 9) : random.int(10, 24 * 45);
  const lastLogin = referenceTime - hoursAgo * HOUR_MS - random.int(0, 3599) * 1000;
  const lastLogout = isLoggedIn ? lastLogin - random.int(14, 72) * HOUR_MS : lastLogin + random.int(1, 9) * HOUR_MS;
  return {
    isLoggedIn,
    lastLogin: new Date(lastLogin).toISOString(),
    lastLogout: new Date(Math.min(lastLogout, referenceTime)).toISOString(),
    browser: client.browser,
    phoneMode: random.pick(PHONE_MODES),
    os: client.os,
    ipAddress: makePrivateAddress(random),
    userAgent: client.userAgent,
    adHelperVersion: "5.20.0.604",
    appType: "Agent Desktop",
    appVersion: "5.24.99.755",
  };
}

function makePrivateAddress(random: Random): string {
  const network = random.int(0, 2);
  if (network === 0) return `10.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`;
  if (network === 1) return `172.${random.int(16, 31)}.${random.int(0, 255)}.${random.int(1, 254)}`;
  return `192.168.${random.int(0, 255)}.${random.int(1, 254)}`;
}
