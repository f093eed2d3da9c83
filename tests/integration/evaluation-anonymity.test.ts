import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";

describe("anonymity by design", () => {
  it("no column of EvaluationResponse or EvaluationAnswer identifies a person or a moment", async () => {
    const columns = await db.$queryRaw<
      { table_name: string; column_name: string; data_type: string }[]
    >`
      SELECT table_name::text AS table_name, column_name::text AS column_name, data_type::text AS data_type FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name IN ('EvaluationResponse', 'EvaluationAnswer')
      ORDER BY table_name, ordinal_position`;
    const names = columns.map((column) => `${column.table_name}.${column.column_name}`);
    expect(names).toContain("EvaluationResponse.submittedWeek");
    for (const column of columns) {
      expect(column.column_name, `${column.table_name}.${column.column_name}`).not.toMatch(
        /user|email|name|author|ip|session|created|updated|submittedAt/i,
      );
      // Only a date (the Monday of the week), never a timestamp that could be lined up with a receipt.
      expect(column.data_type, `${column.table_name}.${column.column_name}`).not.toMatch(
        /timestamp|time with/,
      );
    }
    const foreignKeys = await db.$queryRaw<{ table_name: string; foreign_table: string }[]>`
      SELECT tc.table_name::text AS table_name, ccu.table_name::text AS foreign_table
      FROM information_schema.table_constraints tc
      JOIN information_schema.constraint_column_usage ccu ON tc.constraint_name = ccu.constraint_name
      WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_name IN ('EvaluationResponse', 'EvaluationAnswer')`;
    expect(foreignKeys.map((key) => key.foreign_table).sort()).toEqual([
      "Cohort",
      "EvaluationResponse",
    ]);
  });

  it("no evaluation source reads both receipts and responses, except the submit use case that writes both", () => {
    const mentionsResponses =
      /evaluationResponse|"EvaluationResponse"|evaluationAnswer|responses\s*:/;
    const mentionsReceipts = /evaluationReceipt|"EvaluationReceipt"|receipts\s*:/;
    const roots = ["app/modules/evaluation", "app/components/evaluation"];
    const files = roots.flatMap((root) =>
      readdirSync(root)
        .filter((name) => /\.tsx?$/.test(name) && !name.endsWith(".test.ts"))
        .map((name) => path.join(root, name)),
    );
    const routes = readdirSync("app/routes")
      .filter((name) => name.includes("evaluatie"))
      .map((name) => path.join("app/routes", name));
    const checked = [...files, ...routes];
    expect(checked.length).toBeGreaterThan(15);
    const both = checked.filter((file) => {
      const source = readFileSync(file, "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "");
      return mentionsResponses.test(source) && mentionsReceipts.test(source);
    });
    // The submit writes both in the database function evaluation_submit (decision 031), nowhere in app code.
    expect(both).toEqual([]);
    const functionsOverBoth = readdirSync("prisma/migrations")
      .filter((name) => existsSync(path.join("prisma/migrations", name, "migration.sql")))
      .flatMap((name) =>
        readFileSync(path.join("prisma/migrations", name, "migration.sql"), "utf8")
          .replace(/--.*$/gm, "")
          .split(/(?=CREATE (?:OR REPLACE )?FUNCTION)/)
          .filter((part) => part.startsWith("CREATE"))
          .filter((part) => mentionsResponses.test(part) && mentionsReceipts.test(part))
          .map((part) => `${name}: ${/FUNCTION\s+(\w+)/.exec(part)?.[1]}`),
      );
    expect(functionsOverBoth).toEqual([
      "20261207010000_evaluation_submit_in_one_statement: evaluation_submit",
    ]);
    expect(readFileSync("app/modules/evaluation/submit-evaluation.server.ts", "utf8")).toMatch(
      /evaluation_submit\(/,
    );
    // And the report side reads responses: the check above would catch a join there.
    expect(readFileSync("app/modules/evaluation/report.server.ts", "utf8")).toMatch(
      mentionsResponses,
    );
  });
});
