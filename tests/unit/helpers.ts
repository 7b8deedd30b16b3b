// Shared test helpers: a real sql.js in Node and a fresh review with a fixed clock.
import { loadSqlJs } from '../../cli/sqlJsNode';
import { builtInFrameworks } from '../../shared/frameworks/builtIn';
import { ReviewEngine } from '../../shared/engine/ReviewEngine';

export { loadSqlJs };

export function fixedClock(start = '2026-03-01T09:00:00.000Z', stepMs = 1000): () => Date {
  let t = Date.parse(start);
  return () => {
    const d = new Date(t);
    t += stepMs;
    return d;
  };
}

export async function newReview(title = 'Supreme Court 2026'): Promise<ReviewEngine> {
  const sql = await loadSqlJs();
  return ReviewEngine.create(
    sql,
    { title, organisation: 'Supreme Court', frameworks: builtInFrameworks() },
    { now: fixedClock() },
  );
}
