import type { PrismaClient } from "../../app/generated/prisma/client";
import type { RunningApp } from "../setup/app-server";
import type { BenchData } from "./dataset";
import type { Target } from "./measure";

type Context = { app: RunningApp; db: PrismaClient; data: BenchData; cookieOf: (email: string) => Promise<string> };

/** What is measured; the first target is the trivial route every ratio is taken against. */
export async function benchTargets({ data, cookieOf }: Context): Promise<Target[]> {
  const participant = { Cookie: await cookieOf(data.participantEmail) };
  return [
    { name: "trivial page (/ping)", path: "/ping" },
    { name: "home page (logged in)", path: "/", headers: participant, maxDbRoundTrips: 4, maxJsKiB: 120 },
  ];
}
