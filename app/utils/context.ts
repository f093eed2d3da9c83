import "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The client's IP address as the server sees it (behind TRUST_PROXY=1: X-Forwarded-For). */
    clientIp: string;
    /** This response's Content-Security-Policy nonce, for the inline scripts the page needs (set by `securityHeaders`). */
    cspNonce?: string;
  }
}

export {};
