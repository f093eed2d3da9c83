import type { PrismaClient } from "../../app/generated/prisma/client";
import type { RunningApp } from "../setup/app-server";
import type { BenchData } from "./dataset";
import type { Target } from "./measure";

type Context = {
  app: RunningApp;
  db: PrismaClient;
  data: BenchData;
  cookieOf: (email: string) => Promise<string>;
};

/** What is measured; the first target is the trivial page every ratio is taken against. */
export async function benchTargets({ app, data, cookieOf }: Context): Promise<Target[]> {
  const participant = { Cookie: await cookieOf(data.participantEmail) };
  const facilitator = { Cookie: await cookieOf(data.facilitatorEmail) };
  const form = { "Content-Type": "application/x-www-form-urlencoded", Origin: app.origin };
  let next = 0;
  // Two participants are kept out of the load, so that the round trips are counted on a first submit.
  const fresh = data.submitters.slice(-2);
  const loadSubmitters = data.submitters.slice(0, -2);
  const submitter = () => loadSubmitters[next++ % loadSubmitters.length];
  const evaluationBody = new URLSearchParams({
    intent: "submit",
    A1: "sport",
    C1: "8",
    C4: "7",
    E1: "9",
    E3: "Fijne cursus.",
  }).toString();
  return [
    { name: "trivial page (/ping)", path: "/ping" },
    {
      name: "lesson page",
      path: `/groepen/${data.cohortId}/cursus/${data.lessonPath}`,
      headers: participant,
      minRatioToTrivial: 0.5,
      rate: 100,
      p95BudgetMs: 50,
      maxDbRoundTrips: 4,
      maxJsKiB: 120,
    },
    {
      name: "forum thread, 50 replies",
      path: `/groepen/${data.cohortId}/casussen/${data.bigCaseId}`,
      headers: participant,
      rate: 50,
      p95BudgetMs: 100,
      maxDbRoundTrips: 4,
      maxJsKiB: 120,
    },
    {
      name: "cohort dashboard",
      path: `/groepen/${data.cohortId}/overzicht`,
      headers: facilitator,
      maxDbRoundTrips: 4,
      maxJsKiB: 120,
    },
    {
      name: "evaluation submit",
      path: `/groepen/${data.cohortId}/evaluatie`,
      method: "POST",
      headers: form,
      rate: 20,
      p95BudgetMs: 150,
      maxDbRoundTrips: 4,
      next: () => {
        const who = submitter();
        return {
          path: `/groepen/${who.cohortId}/evaluatie`,
          headers: { Cookie: who.cookie },
          body: evaluationBody,
        };
      },
      probe: () => {
        const who = fresh.pop() ?? submitter();
        return {
          path: `/groepen/${who.cohortId}/evaluatie`,
          headers: { Cookie: who.cookie },
          body: evaluationBody,
        };
      },
    },
    {
      // Verification is rate limited per IP; behind the proxy (TRUST_PROXY=1) each request comes from another visitor.
      name: "public verify page",
      path: `/verifieer/${data.certificateCode}`,
      maxDbRoundTrips: 4,
      maxJsKiB: 0,
      next: () => ({ headers: { "X-Forwarded-For": `198.51.100.${next++ % 250}` } }),
    },
    {
      name: "certificate PDF",
      path: `/groepen/${data.cohortId}/certificaat.pdf`,
      headers: participant,
      rate: 20,
      p95BudgetMs: 300,
      maxDbRoundTrips: 4,
    },
    ...(await scaleTargets({ data, cookieOf })),
  ];
}

/** Pages whose cost grows with the whole data set (issue 20): they get absolute budgets on every set. */
async function scaleTargets({
  data,
  cookieOf,
}: Pick<Context, "data" | "cookieOf">): Promise<Target[]> {
  const admin = data.adminEmail ? { Cookie: await cookieOf(data.adminEmail) } : null;
  const participant = { Cookie: await cookieOf(data.participantEmail) };
  const words = [
    "ouders",
    "training",
    "vertrouwen",
    "pesten",
    "armoede",
    "gesprek",
    "grens",
    "eenzaam",
  ];
  let next = 0;
  const targets: Target[] = [
    {
      name: "course-wide forum space, first page",
      path: "/casussen",
      headers: participant,
      rate: 20,
      p95BudgetMs: 200,
    },
    {
      name: "forum search (cases and replies)",
      path: "/casussen?zoek=ouders",
      headers: participant,
      rate: 10,
      p95BudgetMs: 200,
      next: () => ({ path: `/casussen?zoek=${words[next++ % words.length]}` }),
    },
  ];
  if (admin)
    targets.push({
      name: "admin evaluation report (all responses)",
      path: "/beheer/evaluatie",
      headers: admin,
      rate: 2,
      p95BudgetMs: 1000,
      growsWithData: true,
    });
  if (data.clubOrgId && data.clubAdminEmail) {
    const clubAdmin = { Cookie: await cookieOf(data.clubAdminEmail) };
    targets.push({
      name: "club register, 400 members",
      path: `/organisaties/${data.clubOrgId}`,
      headers: clubAdmin,
      rate: 5,
      p95BudgetMs: 500,
    });
  }
  return targets;
}

/**
 * The second load shape (issue 20): 10 connections spread over 10 logged-in
 * people of the bench cohort, no pipelining; the lesson page at >= 0.6x and
 * the thread's first page at >= 0.3x the trivial route in the same shape.
 */
export function shapeTargets({ data }: { data: BenchData }): Target[] {
  const people = data.submitters
    .filter((who) => who.cohortId === data.cohortId)
    .slice(0, 10)
    .map((who) => ({ Cookie: who.cookie }));
  if (people.length < 10)
    throw new Error(`the bench cohort has ${people.length} people with a session, 10 are needed`);
  return [
    { name: "trivial page (/ping), 10 people", path: "/ping", sessions: people },
    {
      name: "lesson page, 10 people",
      path: `/groepen/${data.cohortId}/cursus/${data.lessonPath}`,
      sessions: people,
      minRatioToTrivial: 0.6,
    },
    {
      name: "forum thread first page, 10 people",
      path: `/groepen/${data.cohortId}/casussen/${data.bigCaseId}`,
      sessions: people,
      minRatioToTrivial: 0.3,
    },
  ];
}
