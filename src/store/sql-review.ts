import type { Candidate, CandidateDocument, ReviewOutcome, SourceRun } from '../core/candidate.js';
import type { PolicyItem, Reading } from '../core/policy-item.js';
import type { Clock, ReviewPort } from '../core/ports.js';
import type { SqlDatabase, SqlTransaction } from './sql-database.js';
import { ITEM_WRITE_LOCK, upsertAll } from './sql-items.js';

type CandidateRow = {
  id: string; source: string; document: string; status: Candidate['status']; item: string | null; suggested_reading: string | null;
  reason: string | null; found_at: string; reviewed_at: string | null; reviewer: string | null;
};

type RunRow = { watch: string; started_at: string; finished_at: string; outcome: SourceRun['outcome']; seen: number | string; proposed: number | string;
  skipped: number | string; known: number | string; error: string | null };

const toCandidate = (row: CandidateRow): Candidate => ({
  id: row.id, source: 'federal-register', document: JSON.parse(row.document) as CandidateDocument, status: row.status,
  item: row.item === null ? null : JSON.parse(row.item) as PolicyItem,
  suggestedReading: row.suggested_reading === null ? null : JSON.parse(row.suggested_reading) as Reading,
  reason: row.reason, foundAt: row.found_at, reviewedAt: row.reviewed_at, reviewer: row.reviewer,
});

const toRun = (row: RunRow): SourceRun => ({
  startedAt: row.started_at, finishedAt: row.finished_at, outcome: row.outcome, error: row.error,
  counts: { seen: Number(row.seen), proposed: Number(row.proposed), skipped: Number(row.skipped), known: Number(row.known) },
});

/** The newest runs of each watch that are kept; older ones are dropped as new ones come in. */
const RUNS_KEPT = 500;
const ORDER = 'ORDER BY found_at, publication_date, id';

/**
 * Reads a candidate for a review decision, locked until the transaction ends (PostgreSQL), and settles what only a
 * pending candidate allows.
 */
async function pendingCandidate(tx: SqlTransaction, db: SqlDatabase, id: string): Promise<{ row: CandidateRow } | { outcome: ReviewOutcome }> {
  const [row] = await tx.rows<CandidateRow>(`SELECT * FROM candidates WHERE id = ?${db.dialect.forUpdate}`, [id]);
  if (!row) return { outcome: { ok: false, reason: 'unknown' } };
  if (row.status !== 'pending') return { outcome: { ok: false, reason: 'not-pending', candidate: toCandidate(row) } };
  return { row };
}

/** The review queue, the watches' cursors and their runs, on either database. */
export function sqlReview(db: SqlDatabase, clock: Clock): ReviewPort {
  const { dialect } = db;
  const reread = async (tx: SqlTransaction, id: string): Promise<ReviewOutcome> => {
    const [row] = await tx.rows<CandidateRow>('SELECT * FROM candidates WHERE id = ?', [id]);
    return { ok: true, candidate: toCandidate(row as CandidateRow) };
  };
  return {
    async addCandidates(candidates, foundAt) {
      return db.transaction(async (tx) => {
        let added = 0;
        for (const c of candidates) {
          added += await tx.run(`INSERT INTO candidates (id, source, document_id, publication_date, document, status, item, suggested_reading, reason, found_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`, [c.id, c.source, c.document.documentId, c.document.publicationDate,
            JSON.stringify(c.document), c.status, c.item === null ? null : JSON.stringify(c.item),
            c.suggestedReading === null ? null : JSON.stringify(c.suggestedReading), c.reason, foundAt]);
        }
        return { added, known: candidates.length - added };
      });
    },
    async knownCandidates(ids) {
      if (ids.length === 0) return new Set();
      const rows = await db.rows<{ id: string }>(`SELECT id FROM candidates WHERE id IN (SELECT wanted.value FROM ${dialect.listTable('?', 'wanted')})`,
        [dialect.list(ids)]);
      return new Set(rows.map((row) => row.id));
    },
    async getCandidate(id) {
      const [row] = await db.rows<CandidateRow>('SELECT * FROM candidates WHERE id = ?', [id]);
      return row ? toCandidate(row) : undefined;
    },
    async listCandidates(status, page) {
      const [count] = await db.rows<{ n: number | string }>('SELECT COUNT(*) AS n FROM candidates WHERE status = ?', [status]);
      const rows = await db.rows<CandidateRow>(`SELECT * FROM candidates WHERE status = ? ${ORDER} LIMIT ? OFFSET ?`, [status, page.limit, page.offset]);
      return { total: Number(count?.n ?? 0), candidates: rows.map(toCandidate) };
    },
    async approveCandidate(id, item, reviewer, at) {
      return db.transaction(async (tx) => {
        // The items' lock first, as every item write takes it before any row: writers queue there and never deadlock.
        await tx.lock(ITEM_WRITE_LOCK);
        const found = await pendingCandidate(tx, db, id);
        if ('outcome' in found) return found.outcome;
        const [taken] = await tx.rows<{ id: string }>(`SELECT id FROM items WHERE id = ?${dialect.forUpdate}`, [item.id]);
        if (taken) return { ok: false, reason: 'conflict', candidate: toCandidate(found.row) };
        // The same write as any upsert: a new change sequence number, so running indexes pick the item up.
        await upsertAll(tx, dialect, [item], at);
        await tx.run(`UPDATE candidates SET status = 'approved', item = ?, reviewed_at = ?, reviewer = ? WHERE id = ?`, [JSON.stringify(item), at, reviewer, id]);
        return reread(tx, id);
      });
    },
    async rejectCandidate(id, reviewer, at, reason) {
      return db.transaction(async (tx) => {
        const found = await pendingCandidate(tx, db, id);
        if ('outcome' in found) return found.outcome;
        await tx.run(`UPDATE candidates SET status = 'rejected', reviewed_at = ?, reviewer = ?, reason = ? WHERE id = ?`, [at, reviewer, reason, id]);
        return reread(tx, id);
      });
    },
    async updateCandidateItem(id, item) {
      return db.transaction(async (tx) => {
        const found = await pendingCandidate(tx, db, id);
        if ('outcome' in found) return found.outcome;
        await tx.run('UPDATE candidates SET item = ? WHERE id = ?', [JSON.stringify(item), id]);
        return reread(tx, id);
      });
    },
    ...sqlSourceRuns(db, clock),
  };
}

/** Where each watch continues from, and what its runs came to. */
function sqlSourceRuns(db: SqlDatabase, clock: Clock): Pick<ReviewPort, 'getSourceCursor' | 'setSourceCursor' | 'recordSourceRun' | 'latestSourceRuns'> {
  return {
    async getSourceCursor(watch) {
      return (await db.rows<{ cursor: string }>('SELECT cursor FROM source_cursors WHERE watch = ?', [watch]))[0]?.cursor ?? null;
    },
    async setSourceCursor(watch, cursor) {
      await db.run(`INSERT INTO source_cursors (watch, cursor, updated_at) VALUES (?, ?, ?)
        ON CONFLICT (watch) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at`, [watch, cursor, clock.now().toISOString()]);
    },
    async recordSourceRun(watch, run) {
      await db.transaction(async (tx) => {
        await tx.run(`INSERT INTO source_runs (watch, started_at, finished_at, outcome, seen, proposed, skipped, known, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [watch, run.startedAt, run.finishedAt, run.outcome, run.counts.seen, run.counts.proposed, run.counts.skipped, run.counts.known, run.error]);
        await tx.run(`DELETE FROM source_runs WHERE watch = ? AND id <= (SELECT id FROM source_runs WHERE watch = ? ORDER BY id DESC LIMIT 1 OFFSET ?)`,
          [watch, watch, RUNS_KEPT]);
      });
    },
    async latestSourceRuns() {
      const rows = await db.rows<RunRow>('SELECT * FROM source_runs WHERE id IN (SELECT MAX(id) FROM source_runs GROUP BY watch) ORDER BY watch');
      return rows.map((row) => ({ watch: row.watch, run: toRun(row) }));
    },
  };
}
