import { createContext, useContext } from "react";

/**
 * The Content-Security-Policy nonce of this response (decision 015): made per
 * request by the Express server (`securityHeaders`), passed in the load
 * context, provided by entry.server. Undefined in the browser, which hides
 * nonces from scripts anyway.
 */
export const NonceContext = createContext<string | undefined>(undefined);

export const useNonce = () => useContext(NonceContext);
