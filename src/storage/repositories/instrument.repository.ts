import type SQLite from 'better-sqlite3';
import type { Insertable, Kysely, Selectable } from 'kysely';
import { insertRows } from '../insert-rows.js';
import type { Database, InstrumentItemTable, InstrumentResponseTable, InstrumentScaleTable, InstrumentTable } from '../schema.js';
import { updateIfVersion } from './versioned.js';

export type InstrumentRow = Selectable<InstrumentTable>;
export type InstrumentItemRow = Selectable<InstrumentItemTable>;
export type InstrumentResponseRow = Selectable<InstrumentResponseTable>;
export type InstrumentScaleRow = Selectable<InstrumentScaleTable>;

/** Instruments, their items and the responses to them. */
export class InstrumentRepository {
  /** @param sqlite the raw SQLite handle, inside a transaction only (storage/insert-rows). */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly sqlite?: SQLite.Database,
  ) {}

  byId(id: string): Promise<InstrumentRow | undefined> {
    return this.db.selectFrom('instrument').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The partnership's instrument of that name, letter case aside. */
  byName(partnershipId: string, name: string): Promise<InstrumentRow | undefined> {
    return this.db
      .selectFrom('instrument')
      .selectAll()
      .where('partnership_id', '=', partnershipId)
      .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
      .executeTakeFirst();
  }

  list(partnershipId: string): Promise<InstrumentRow[]> {
    return this.db.selectFrom('instrument').selectAll().where('partnership_id', '=', partnershipId).orderBy('name').orderBy('id').execute();
  }

  async insert(row: Insertable<InstrumentTable>): Promise<void> {
    await this.db.insertInto('instrument').values(row).execute();
  }

  /** The instrument's items in its order. */
  items(instrumentId: string): Promise<InstrumentItemRow[]> {
    return this.db.selectFrom('instrument_item').selectAll().where('instrument_id', '=', instrumentId).orderBy('position').orderBy('id').execute();
  }

  /** Saves an item's new definition; the instrument's next version records it (see `bumpVersion`). */
  async updateItem(
    id: string,
    changes: Partial<Pick<InstrumentItemRow, 'text' | 'type' | 'labels' | 'min' | 'max' | 'reverse' | 'reworded_cycle_id' | 'comparable'>>,
  ): Promise<void> {
    await this.db.updateTable('instrument_item').set(changes).where('id', '=', id).execute();
  }

  /** Moves the instrument to its next version if it is still at `fromVersion` (its items' definitions changed). */
  bumpVersion(id: string, fromVersion: number, by: string, at: string): Promise<boolean> {
    return updateIfVersion(this.db, 'instrument', id, {}, { fromVersion, by, at });
  }

  insertItems(rows: readonly Insertable<InstrumentItemTable>[]): Promise<void> {
    return insertRows(this.db, this.sqlite, 'instrument_item', rows, 200);
  }

  /** The responses to the instrument in a cycle. */
  responses(instrumentId: string, cycleId: string): Promise<InstrumentResponseRow[]> {
    return this.db
      .selectFrom('instrument_response')
      .selectAll()
      .where('instrument_id', '=', instrumentId)
      .where('cycle_id', '=', cycleId)
      .orderBy('participant_id')
      .execute();
  }

  /** Every response to the instrument, in every cycle. */
  allResponses(instrumentId: string): Promise<InstrumentResponseRow[]> {
    return this.db
      .selectFrom('instrument_response')
      .selectAll()
      .where('instrument_id', '=', instrumentId)
      .orderBy('participant_id')
      .orderBy('cycle_id')
      .execute();
  }

  /** A participant's responses to every instrument. */
  responsesOf(participantId: string): Promise<InstrumentResponseRow[]> {
    return this.db
      .selectFrom('instrument_response')
      .selectAll()
      .where('participant_id', '=', participantId)
      .orderBy('instrument_id')
      .orderBy('cycle_id')
      .execute();
  }

  /** The instrument's scales, by name. */
  scales(instrumentId: string): Promise<InstrumentScaleRow[]> {
    return this.db.selectFrom('instrument_scale').selectAll().where('instrument_id', '=', instrumentId).orderBy('name').orderBy('id').execute();
  }

  /** Every scale of the partnership's instruments. */
  scalesOfPartnership(partnershipId: string): Promise<InstrumentScaleRow[]> {
    return this.db
      .selectFrom('instrument_scale as s')
      .innerJoin('instrument as i', 'i.id', 's.instrument_id')
      .selectAll('s')
      .where('i.partnership_id', '=', partnershipId)
      .orderBy('s.name')
      .orderBy('s.id')
      .execute();
  }

  scaleById(id: string): Promise<InstrumentScaleRow | undefined> {
    return this.db.selectFrom('instrument_scale').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insertScale(row: Insertable<InstrumentScaleTable>): Promise<void> {
    await this.db.insertInto('instrument_scale').values(row).execute();
  }

  /** Saves a scale's next version if it is still at `fromVersion`. */
  reviseScale(
    id: string,
    changes: Pick<InstrumentScaleRow, 'name' | 'items' | 'method' | 'minimum_answered'>,
    fromVersion: number,
    by: string,
    at: string,
  ): Promise<boolean> {
    return updateIfVersion(this.db, 'instrument_scale', id, changes, { fromVersion, by, at });
  }

  insertResponses(rows: readonly Insertable<InstrumentResponseTable>[]): Promise<void> {
    return insertRows(this.db, this.sqlite, 'instrument_response', rows, 100);
  }

  /** Saves a corrected response as its next version if it is still at `fromVersion`. */
  correctResponse(
    id: string,
    changes: Pick<InstrumentResponseRow, 'answers' | 'respondent' | 'source_file' | 'source_line'>,
    fromVersion: number,
    by: string,
    at: string,
  ): Promise<boolean> {
    return updateIfVersion(this.db, 'instrument_response', id, changes, { fromVersion, by, at });
  }

  /** Per instrument of the partnership, its items and its responses in each cycle. */
  async tallies(partnershipId: string): Promise<{ items: Map<string, number>; responses: { instrumentId: string; cycleId: string; n: number }[] }> {
    const [items, responses] = await Promise.all([
      this.db
        .selectFrom('instrument_item as i')
        .innerJoin('instrument as n', 'n.id', 'i.instrument_id')
        .select(['i.instrument_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('n.partnership_id', '=', partnershipId)
        .groupBy('i.instrument_id')
        .execute(),
      this.db
        .selectFrom('instrument_response')
        .select(['instrument_id', 'cycle_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('partnership_id', '=', partnershipId)
        .groupBy(['instrument_id', 'cycle_id'])
        .execute(),
    ]);
    return {
      items: new Map(items.map((r) => [r.instrument_id, Number(r.n)])),
      responses: responses.map((r) => ({ instrumentId: r.instrument_id, cycleId: r.cycle_id, n: Number(r.n) })),
    };
  }

  /** How many instruments and responses the partnership (or every partnership) holds. */
  async counts(partnershipId?: string): Promise<{ instruments: number; responses: number }> {
    let instruments = this.db.selectFrom('instrument').select((eb) => eb.fn.countAll<number>().as('n'));
    let responses = this.db.selectFrom('instrument_response').select((eb) => eb.fn.countAll<number>().as('n'));
    if (partnershipId) {
      instruments = instruments.where('partnership_id', '=', partnershipId);
      responses = responses.where('partnership_id', '=', partnershipId);
    }
    const [i, r] = await Promise.all([instruments.executeTakeFirst(), responses.executeTakeFirst()]);
    return { instruments: Number(i?.n ?? 0), responses: Number(r?.n ?? 0) };
  }
}
