// Fixed ports for the end-to-end run: the app under test and its throwaway database.
export const E2E_APP_PORT = Number(process.env.E2E_APP_PORT ?? 3111);
export const E2E_PG_PORT = Number(process.env.E2E_PG_PORT ?? 55433);
export const E2E_DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${E2E_PG_PORT}/bdl_e2e`;
