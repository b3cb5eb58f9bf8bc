/** The risk register in SQLite, with the document it was imported from (so export can write it back). */
import type { Risk } from '../core/risks/risk';
import type { Db } from './database';

const REGISTER_DOCUMENT = 'risk-register';

interface RiskRow {
  id: string;
  section: 'open' | 'closed';
  title: string;
  description: string;
  likelihood: number;
  impact: number;
  score: number;
  treatment: string;
  owner: string;
  target: string;
  status: string;
  closed_on: string | null;
  closure_rationale: string | null;
}

export class RiskRepository {
  constructor(private readonly db: Db) {}

  all(): Risk[] {
    return (this.db.prepare('SELECT * FROM risks ORDER BY position').all() as RiskRow[]).map(toRisk);
  }

  byId(id: string): Risk | undefined {
    const row = this.db.prepare('SELECT * FROM risks WHERE id = ?').get(id) as RiskRow | undefined;
    return row ? toRisk(row) : undefined;
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM risks').get() as { n: number }).n;
  }

  /** The register's Markdown document as last imported (or written back). */
  document(): string | undefined {
    return (
      this.db.prepare('SELECT content FROM documents WHERE name = ?').get(REGISTER_DOCUMENT) as
        { content: string } | undefined
    )?.content;
  }

  /**
   * Makes the store hold exactly these risks and this document, in one transaction. RISK-4: a risk
   * that disappears from the document is not deleted: it is kept, marked closed, so nothing is lost.
   */
  importRegister(risks: Risk[], document: string, now: Date): { imported: number; keptAsClosed: string[] } {
    const incoming = new Set(risks.map((r) => r.id));
    const upsert = this.db.prepare(
      `INSERT INTO risks (id, section, position, title, description, likelihood, impact, score, treatment, owner, target, status, closed_on, closure_rationale, imported_at)
       VALUES (@id, @section, @position, @title, @description, @likelihood, @impact, @score, @treatment, @owner, @target, @status, @closedOn, @closureRationale, @importedAt)
       ON CONFLICT(id) DO UPDATE SET section = excluded.section, position = excluded.position, title = excluded.title,
         description = excluded.description, likelihood = excluded.likelihood, impact = excluded.impact, score = excluded.score,
         treatment = excluded.treatment, owner = excluded.owner, target = excluded.target, status = excluded.status,
         closed_on = excluded.closed_on, closure_rationale = excluded.closure_rationale, imported_at = excluded.imported_at`,
    );
    const keptAsClosed: string[] = [];
    this.db.transaction(() => {
      risks.forEach((r, position) =>
        upsert.run({
          ...r,
          position,
          closedOn: r.closedOn ?? null,
          closureRationale: r.closureRationale ?? null,
          importedAt: now.toISOString(),
        }),
      );
      const missing = this.db.prepare("SELECT id FROM risks WHERE section = 'open'").all() as {
        id: string;
      }[];
      for (const { id } of missing) {
        if (incoming.has(id)) continue;
        this.db
          .prepare(
            "UPDATE risks SET section = 'closed', position = ?, closed_on = ?, closure_rationale = coalesce(closure_rationale, 'Removed from the register document; kept as closed (RISK-4).') WHERE id = ?",
          )
          .run(risks.length + keptAsClosed.length, now.toISOString().slice(0, 10), id);
        keptAsClosed.push(id);
      }
      this.db
        .prepare(
          'INSERT INTO documents (name, content, imported_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET content = excluded.content, imported_at = excluded.imported_at',
        )
        .run(REGISTER_DOCUMENT, document, now.toISOString());
    })();
    return { imported: risks.length, keptAsClosed };
  }
}

function toRisk(r: RiskRow): Risk {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    likelihood: r.likelihood,
    impact: r.impact,
    score: r.score,
    treatment: r.treatment,
    owner: r.owner,
    target: r.target,
    status: r.status,
    section: r.section,
    ...(r.closed_on !== null ? { closedOn: r.closed_on } : {}),
    ...(r.closure_rationale !== null ? { closureRationale: r.closure_rationale } : {}),
  };
}
