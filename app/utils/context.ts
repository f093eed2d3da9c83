import "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The client's IP address as the server sees it (behind TRUST_PROXY=1: X-Forwarded-For). */
    clientIp: string;
  }
}

export {};
