import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExcerpt } from '../src/services/excerpts.js';
import { history } from '../src/services/history.js';
import { importBundle } from '../src/services/import-bundle.js';
import { addField, editField, effectiveTemplate, reorderFields, retireField } from '../src/services/isf-templates.js';
import { createIsf, getIsf, isfCompletion, setIsfStatus, writeEntry } from '../src/services/isfs.js';
import { VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';
import { rejects } from './support/errors.js';

describe.each(DIALECTS)('ISF templates and completing an ISF (%s)', (dialect) => {
  let t: TestDatabase;
  let pid: string;
  let defaults: { partnershipId: string; role: string };

  const entryOn = async (isfId: string, interview: string, field: string, quote: string) => {
    const excerpt = await createExcerpt(t.ctx, { partnershipId: pid, interview, quote });
    return writeEntry(t.ctx, { isfId, field, text: `About ${field}.`, cite: [{ excerptId: excerpt.id }] });
  };

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    pid = (await importBundle(t.ctx, writeBundleFiles(VALID_BUNDLE), { partnership: 'Northfield RPP' })).partnership!.id;
    defaults = { partnershipId: pid, role: 'teacher' };
  });
  afterEach(() => t.close());

  it('refuses to complete an ISF while a required field is empty, naming the fields by their labels', async () => {
    const isf = (await createIsf(t.ctx, pid, 'T01-0910')).isf;
    await entryOn(isf.id, 'T01-0910', 'collaboration', 'mostly about the pacing calendar');
    const v1 = (await effectiveTemplate(t.ctx, pid, 'teacher', null)).template.version;
    await editField(t.ctx, defaults, 'vision_of_instruction', { required: true }, { reason: 'the study tracks visions', expectedVersion: v1 });
    await editField(t.ctx, defaults, 'accountability', { required: true });

    const view = await getIsf(t.ctx, isf.id);
    expect(isfCompletion(view)).toMatchObject({ missingRequired: ['Vision of high-quality mathematics instruction', 'Accountability'], total: 9 });
    await rejects(
      setIsfStatus(t.ctx, isf.id, 'complete'),
      'invalid',
      /requires the fields “Vision of high-quality mathematics instruction” and “Accountability” before the ISF is complete/,
    );
    expect((await getIsf(t.ctx, isf.id)).isf.status).toBe('draft');

    await entryOn(isf.id, 'T01-0910', 'vision_of_instruction', 'We rarely look at student work together');
    await rejects(setIsfStatus(t.ctx, isf.id, 'complete'), 'invalid', /requires the field “Accountability”/);
    await editField(t.ctx, defaults, 'accountability', { required: false });
    const done = await setIsfStatus(t.ctx, isf.id, 'complete');
    expect(done.isf.status).toBe('complete');
    // The optional fields still empty are only pointed out (the web app asks about them).
    expect(isfCompletion(done).emptyOptional).toHaveLength(7);
  });

  it('versions each change of a field, its guidance, its required flag and the order, with the reason in the history', async () => {
    const start = await effectiveTemplate(t.ctx, pid, 'teacher', null);
    const keys = start.fields.map((f) => f.key);
    const edited = await editField(
      t.ctx,
      defaults,
      'collaboration',
      { label: 'Collaboration with colleagues', guidance: 'With whom and how often.', required: true },
      { reason: 'protocol revised', expectedVersion: start.template.version },
    );
    expect(edited.template.version).toBe(start.template.version + 1);
    expect(edited.fields.find((f) => f.key === 'collaboration')).toMatchObject({
      label: 'Collaboration with colleagues',
      guidance: 'With whom and how often.',
      required: 1,
    });
    await rejects(editField(t.ctx, defaults, 'collaboration', { label: 'Collaboration with colleagues' }), 'invalid', /nothing to change/);
    await rejects(editField(t.ctx, defaults, 'collaboration', { label: 'Stale' }, { expectedVersion: start.template.version }), 'conflict', /someone else/);

    const reordered = await reorderFields(t.ctx, defaults, [keys[2]!, keys[0]!, keys[1]!, ...keys.slice(3)], { reason: 'vision first' });
    expect(reordered.fields.map((f) => f.key)).toEqual([keys[2], keys[0], keys[1], ...keys.slice(3)]);
    await rejects(reorderFields(t.ctx, defaults, keys.slice(1)), 'invalid', /missing: “Teaching responsibilities”/);

    const added = await addField(t.ctx, defaults, { label: 'Use of the new curriculum map', required: true });
    expect(added.fields.at(-1)).toMatchObject({ key: 'use_of_the_new_curriculum_map', required: 1 });
    await retireField(t.ctx, defaults, 'struggling_students');
    // Retired fields keep their place; reordering names the fields in use only.
    const live = (await effectiveTemplate(t.ctx, pid, 'teacher', null)).fields.filter((f) => f.retired_in_version === null).map((f) => f.key);
    const again = await reorderFields(t.ctx, defaults, [...live].reverse());
    expect(again.fields.filter((f) => f.retired_in_version === null).map((f) => f.key)).toEqual([...live].reverse());
    expect(again.fields.find((f) => f.key === 'struggling_students')!.position).toBe(start.fields.find((f) => f.key === 'struggling_students')!.position);

    const trail = await history(t.ctx, start.template.id);
    expect(trail.map((h) => h.action)).toEqual([
      'isf_template.create',
      'isf_template.edit_field',
      'isf_template.reorder_fields',
      'isf_template.add_field',
      'isf_template.retire_field',
      'isf_template.reorder_fields',
    ]);
    expect(trail[1]).toMatchObject({
      reason: 'protocol revised',
      data: {
        change: {
          from: { label: 'Interactions with colleagues about mathematics instruction', required: false },
          to: { label: 'Collaboration with colleagues', required: true },
        },
      },
    });
  });

  it('applies a change to the ISFs already started on the template, and leaves those on the default when a district makes its copy', async () => {
    const district = (await t.store.organizations.find(pid, 'district', 'Northfield District'))!.id;
    const old = (await createIsf(t.ctx, pid, 'T01-0910')).isf;
    await entryOn(old.id, 'T01-0910', 'collaboration', 'mostly about the pacing calendar');
    await editField(t.ctx, defaults, 'collaboration', { label: 'Collaboration with colleagues' });
    await addField(t.ctx, defaults, { label: 'Use of the new curriculum map' });
    const started = await getIsf(t.ctx, old.id);
    expect(started.fields.find((f) => f.field.key === 'collaboration')).toMatchObject({
      field: { label: 'Collaboration with colleagues' },
      entry: { text: 'About collaboration.' },
    });
    expect(started.fields.map((f) => f.field.key)).toContain('use_of_the_new_curriculum_map');
    expect((await effectiveTemplate(t.ctx, pid, 'teacher', null)).isfs).toEqual({ total: 1, complete: 0 });

    // The district's first change copies the default; the form started before stays on the default.
    const copy = await editField(t.ctx, { ...defaults, districtId: district }, 'accountability', { required: true });
    expect(copy.template).toMatchObject({ district_id: district, version: 2 });
    expect(copy.isfs).toEqual({ total: 0, complete: 0 });
    expect((await getIsf(t.ctx, old.id)).isf.template_id).not.toBe(copy.template.id);
    expect((await getIsf(t.ctx, old.id)).fields.find((f) => f.field.key === 'accountability')!.field.required).toBe(0);
    const fresh = await createIsf(t.ctx, pid, 'T02-0910');
    expect(fresh.isf.template_id).toBe(copy.template.id);
    expect(fresh.fields.find((f) => f.field.key === 'accountability')!.field.required).toBe(1);
  });
});
