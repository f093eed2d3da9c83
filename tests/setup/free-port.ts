import { createServer, type AddressInfo } from "node:net";

/** A port nobody listens on now, chosen by the kernel (never a guess in a fixed range). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
