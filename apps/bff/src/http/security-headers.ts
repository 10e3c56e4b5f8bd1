import type { RequestHandler } from "express";
import helmet from "helmet";

function helmetFor(https: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 63072000, includeSubDomains: true } : false,
    referrerPolicy: { policy: "no-referrer" },
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * A strict CSP (no inline script, no plugins, no framing, no <base>), nosniff, referrer policy, and
 * HSTS over HTTPS: when PUBLIC_ORIGIN says https, or a trusted proxy says the request came over TLS.
 */
export function securityHeaders(options: { publicOrigin: string | undefined }): RequestHandler {
  const overHttps = helmetFor(true);
  const overHttp = helmetFor(false);
  const configuredHttps = options.publicOrigin?.startsWith("https:") ?? false;
  return (req, res, next) => (configuredHttps || req.secure ? overHttps : overHttp)(req, res, next);
}

export const noStore: RequestHandler = (_req, res, next) => {
  res.set("Cache-Control", "no-store");
  next();
};
