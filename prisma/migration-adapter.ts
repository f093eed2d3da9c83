import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

// prisma/orm#27403: the WebAssembly schema engine reads catalogue columns of
// type `name` and `"char"` (and their arrays), which adapter-pg cannot
// decode. Reporting them as text / text[] is enough for the engine.
const AS_TEXT = new Map([
  [19, 25],
  [18, 25],
  [1003, 1009],
  [1002, 1009],
]);
const arrayParser = pg.types.getTypeParser(
  1009 as Parameters<typeof pg.types.getTypeParser>[0],
) as (value: string) => unknown;

type Field = { dataTypeID: number; name: string };
type Result = { fields?: Field[]; rows?: unknown[][] };

function rewrite(result: Result): Result {
  result.fields?.forEach((field, index) => {
    const replacement = AS_TEXT.get(field.dataTypeID);
    if (replacement === undefined) return;
    if (replacement === 1009) {
      for (const row of result.rows ?? []) {
        if (Array.isArray(row) && typeof row[index] === "string")
          row[index] = arrayParser(row[index] as string);
      }
    }
    field.dataTypeID = replacement;
  });
  return result;
}

class CatalogueSafeClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const pending = (super.query as any)(...args);
    if (pending && typeof pending.then === "function") {
      return pending.then((result: Result | Result[]) =>
        Array.isArray(result) ? result.map(rewrite) : rewrite(result),
      );
    }
    return pending;
  }
}

/** Driver adapter for the Prisma CLI (generate, migrate diff). */
export function createMigrationAdapter(connectionString: string) {
  return new PrismaPg({
    connectionString,
    Client: CatalogueSafeClient,
    allowExitOnIdle: true,
  } as pg.PoolConfig);
}
