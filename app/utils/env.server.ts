import { z } from "zod";

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().positive().default(3000),
    DATABASE_URL: z.string().url("DATABASE_URL must be a postgresql:// URL").optional(),
    APP_URL: z
      .string()
      .url("APP_URL must be the public address, e.g. https://buitendelijnen.nl")
      .optional(),
    SMTP_URL: z.string().url("SMTP_URL must look like smtp://user:pass@host:587").optional(),
    MAIL_FROM: z.string().default("Buiten de Lijnen <noreply@buitendelijnen.nl>"),
    TRUST_PROXY: z.enum(["0", "1"]).default("0"),
    /** Worker processes serving requests; default: one per core in production, one otherwise. */
    WEB_CONCURRENCY: z.coerce
      .number()
      .int()
      .min(1, "WEB_CONCURRENCY must be 1 or more")
      .max(64)
      .optional(),
    CREDENTIAL_SIGNING_KEY: z
      .string()
      .refine(
        isEd25519PrivateJwk,
        'CREDENTIAL_SIGNING_KEY must be an Ed25519 private key as JWK JSON: {"kty":"OKP","crv":"Ed25519","d":"...","x":"..."}',
      )
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== "production") return;
    for (const key of ["APP_URL", "SMTP_URL", "CREDENTIAL_SIGNING_KEY"] as const) {
      if (!env[key])
        ctx.addIssue({ code: "custom", path: [key], message: `${key} is required in production` });
    }
  });

export type Env = z.infer<typeof schema>;

function isEd25519PrivateJwk(value: string): boolean {
  try {
    const jwk = JSON.parse(value) as Record<string, unknown>;
    return (
      jwk.kty === "OKP" &&
      jwk.crv === "Ed25519" &&
      typeof jwk.d === "string" &&
      typeof jwk.x === "string"
    );
  } catch {
    return false;
  }
}

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
