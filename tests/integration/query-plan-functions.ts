import type pg from "pg";

type Collected = Map<string, { page: string; query: string; params: unknown[] }>;

/** A function call as the app sends it (`SELECT * FROM fn(...)`): the function's name. */
export const calledFunction = (query: string) => /^\s*SELECT \* FROM (\w+)\(/i.exec(query)?.[1];

/**
 * The hottest queries run inside database functions (decision 038). The
 * query-plan test checks each statement inside a function, with the call's
 * parameters in its arguments' places (typed as declared) and a typed NULL for each of its local
 * variables, rather than the function call. A `SELECT ... INTO` is checked
 * without its `INTO` clause; `RETURN QUERY` as its query.
 */
export async function expandFunctionCalls(client: pg.Client, collected: Collected) {
  for (const [key, entry] of [...collected]) {
    const name = calledFunction(entry.query);
    if (!name) continue;
    const { rows } = await client.query<{ prosrc: string; names: string[]; types: string[] }>(
      `SELECT prosrc, proargnames[1:pronargs] AS names,
              ARRAY(SELECT format_type(t, NULL) FROM unnest(proargtypes) t) AS types
         FROM pg_proc WHERE proname = $1`,
      [name],
    );
    const source = rows[0]?.prosrc ?? "";
    const body = /\bBEGIN\b([\s\S]*)\bEND\b/i.exec(source)?.[1] ?? "";
    const statements = [...body.matchAll(/(?:RETURN QUERY|^\s*(?=SELECT\b))([\s\S]*?);/gim)].map(
      (match) => match[1].replace(/\bINTO\b[\s\S]*?(?=\bFROM\b)/i, " "),
    );
    if (statements.length === 0) throw new Error(`no statement found inside ${name}()`);
    const declared = [
      ...(/\bDECLARE\b([\s\S]*?)\bBEGIN\b/i.exec(source)?.[1] ?? "").matchAll(
        /^\s*(\w+)\s+([^;]+);/gm,
      ),
    ];
    // Each statement gets only the arguments it uses, numbered anew and typed as declared.
    const bind = (statement: string) => {
      const params: unknown[] = [];
      const withArgs = rows[0].names.reduce((text, arg, index) => {
        const pattern = new RegExp(`\\b${arg}\\b`, "g");
        if (!pattern.test(text)) return text;
        params.push(entry.params[index]);
        return text.replace(pattern, `($${params.length}::${rows[0].types[index]})`);
      }, statement);
      const query = declared.reduce(
        (text, [, variable, type]) =>
          text.replace(new RegExp(`\\b${variable}\\b`, "g"), `NULL::${type.trim()}`),
        withArgs,
      );
      return { query, params };
    };
    collected.delete(key);
    statements.forEach((statement, index) =>
      collected.set(`${key} #${index + 1}`, { ...entry, ...bind(statement) }),
    );
  }
}
