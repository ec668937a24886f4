import type { Core } from '@strapi/strapi';
import { currentActor } from '../../../actors';
import type { Standing } from '../../comment/desk/types';

/**
 * A commenter's standing by e-mail (Coral's "trusted" and "banned"): trusted authors skip
 * pre-moderation, blocked e-mails go to spam (the screening rules read it). Every change is
 * recorded, append-only, with who made it; setting "normal" undoes either.
 */
const COMMENTER = 'api::commenter.commenter';
const CHANGE = 'api::commenter.standing-change';

export interface StandingRecord {
  standing: Standing;
  note: string | null;
  changes: Array<{ standing: Standing; note: string | null; by: string; at: string }>;
}

interface CommenterRow {
  id: number;
  email: string;
  standing: Standing;
  note: string | null;
}

const normalise = (email: string) => email.trim().toLowerCase();

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const read = async (email: string): Promise<StandingRecord> => {
    const address = normalise(email);
    const [row, changes] = await Promise.all([
      strapi.db.query(COMMENTER).findOne({ select: ['standing', 'note'], where: { email: address } }) as Promise<CommenterRow | null>,
      strapi.db.query(CHANGE).findMany({ where: { email: address }, orderBy: [{ at: 'asc' }, { id: 'asc' }] }) as Promise<
        Array<{ toStanding: Standing; note: string | null; by: string; at: string | Date }>
      >,
    ]);
    return {
      standing: row?.standing ?? 'normal',
      note: row?.note ?? null,
      changes: changes.map((c) => ({ standing: c.toStanding, note: c.note, by: c.by, at: new Date(c.at).toISOString() })),
    };
  };

  return {
  /** The standing of each address (one query); an address never set is "normal". */
  async standingsOf(emails: string[]): Promise<Map<string, Standing>> {
    const wanted = [...new Set(emails.map(normalise))];
    if (wanted.length === 0) return new Map();
    const rows = (await strapi.db.query(COMMENTER).findMany({ select: ['email', 'standing'], where: { email: { $in: wanted } } })) as CommenterRow[];
    return new Map(rows.map((row) => [row.email, row.standing]));
  },

  async standingOf(email: string): Promise<Standing> {
    const row = (await strapi.db.query(COMMENTER).findOne({ select: ['standing'], where: { email: normalise(email) } })) as CommenterRow | null;
    return row?.standing ?? 'normal';
  },

  read,

  /** Sets the standing and records the change, in one transaction. */
  async set(email: string, standing: Standing, note: string | null): Promise<StandingRecord> {
    const address = normalise(email);
    const by = currentActor(strapi).label;
    await strapi.db.transaction(async () => {
      const row = (await strapi.db.query(COMMENTER).findOne({ select: ['id', 'standing'], where: { email: address } })) as CommenterRow | null;
      if (row) await strapi.db.query(COMMENTER).update({ where: { id: row.id }, data: { standing, note } });
      else await strapi.db.query(COMMENTER).create({ data: { email: address, standing, note } });
      await strapi.db.query(CHANGE).create({
        data: { email: address, fromStanding: row?.standing ?? 'normal', toStanding: standing, note, by, at: new Date() },
      });
    });
    return read(address);
  },
  };
};
