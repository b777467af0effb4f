import { Pool } from "pg";

export async function query(pool: Pool, sql: string): Promise<number> {
  const client = await pool.connect();
  try {
    const result = await client.query(sql);
    return result.rowCount ?? 0;
  } finally {
    client.release();
  }
}
