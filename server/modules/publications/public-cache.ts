/**
 * The public boards' answers, kept a few seconds per page: a board is many queries, and a village's
 * phones (or a QR code on a busy notice board) ask for the same bytes again and again. The JSON is
 * made once per key and window (concurrent misses share one build), so a board may lag a write by
 * at most `ttlMs`. Per process; unknown ids throw before anything is kept.
 */
export function publicCache(ttlMs: number, maxEntries = 10_000) {
  const entries = new Map<string, { until: number; json: Promise<string> }>();
  return (key: string, make: () => Promise<string>): Promise<string> => {
    const now = Date.now();
    const hit = entries.get(key);
    if (hit && hit.until > now) return hit.json;
    if (entries.size >= maxEntries) entries.clear();
    const json = make();
    entries.set(key, { until: now + ttlMs, json });
    json.catch(() => entries.delete(key));
    return json;
  };
}
