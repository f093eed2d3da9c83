import { z } from "zod";

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().positive().default(3000),
    DATABASE_URL: z.string().url("DATABASE_URL must be a postgresql:// URL").optional(),
    APP_URL: z.string().url("APP_URL must be the public address, e.g. https://buitendelijnen.nl").optional(),
    SMTP_URL: z.string().url("SMTP_URL must look like smtp://user:pass@host:587").optional(),
    MAIL_FROM: z.string().default("Buiten de Lijnen <noreply@buitendelijnen.nl>"),
    TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== "production") return;
    for (const key of ["APP_URL", "SMTP_URL"] as const) {
      if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: `${key} is required in production` });
    }
  });

export type Env = z.infer<typeof schema>;

/** Validates the environment once and explains every problem on its own line. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(source);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Invalid environment (see .env.example):\n${lines.join("\n")}`);
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= readEnv();
  return cached;
}

export const isProduction = () => env().NODE_ENV === "production";
