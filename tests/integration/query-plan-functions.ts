import type pg from "pg";

type Collected = Map<string, { page: string; query: string; params: unknown[] }>;

/**
 * The hottest two queries run inside database functions (decision 038). The
 * query-plan test checks the statement inside each, with the call's parameters
 * in its arguments' places, rather than the function call.
 */
export async function expandFunctionCalls(client: pg.Client, collected: Collected) {
  for (const [key, entry] of collected) {
    const call = /^\s*SELECT \* FROM (\w+)\(/i.exec(entry.query);
    if (!call) continue;
    const { rows } = await client.query<{ prosrc: string; names: string[] }>(
      `SELECT prosrc, proargnames[1:pronargs] AS names FROM pg_proc WHERE proname = $1`,
      [call[1]],
    );
    const statement = /RETURN QUERY([\s\S]*);\s*END/i.exec(rows[0]?.prosrc ?? "")?.[1];
    if (!statement) throw new Error(`no statement found inside ${call[1]}()`);
    const query = rows[0].names.reduce(
      (text, name, index) => text.replace(new RegExp(`\\b${name}\\b`, "g"), `$${index + 1}`),
      statement,
    );
    collected.set(key, { ...entry, query });
  }
}
