import { useDirectory } from '../../api/queries';
import { ROLE_LABELS } from '../../api/labels';
import type { RoleGroup } from '../../api/types';

export interface Placement {
  role: RoleGroup;
  /** A school's ID, for teachers, coaches and school leaders. */
  school: string;
  /** A district's ID, for district leaders. */
  district: string;
  /** A central-office unit's ID, or empty. */
  unit: string;
}

/** The role group and where the participant works: a school, or a district's central office (and a unit of it). */
export function PlacementFields({ idPrefix, value, onChange }: { idPrefix: string; value: Placement; onChange: (next: Placement) => void }) {
  const { districts, schools, units, labelOf } = useDirectory();
  const schoolBased = value.role !== 'district_leader';
  return (
    <>
      <span className="field">
        <label htmlFor={`${idPrefix}-role`}>Role group</label>
        <select id={`${idPrefix}-role`} value={value.role} onChange={(e) => onChange({ ...value, role: e.target.value as RoleGroup })}>
          {Object.entries(ROLE_LABELS).map(([r, text]) => (
            <option key={r} value={r}>
              {text}
            </option>
          ))}
        </select>
      </span>
      {schoolBased ? (
        <span className="field">
          <label htmlFor={`${idPrefix}-school`}>School</label>
          <select id={`${idPrefix}-school`} required value={value.school} onChange={(e) => onChange({ ...value, school: e.target.value })}>
            <option value="">Choose…</option>
            {schools.map((s) => (
              <option key={s.id} value={s.id}>
                {labelOf(s.id)}
              </option>
            ))}
          </select>
        </span>
      ) : (
        <>
          <span className="field">
            <label htmlFor={`${idPrefix}-district`}>District</label>
            <select id={`${idPrefix}-district`} required value={value.district} onChange={(e) => onChange({ ...value, district: e.target.value, unit: '' })}>
              <option value="">Choose…</option>
              {districts.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </span>
          <span className="field">
            <label htmlFor={`${idPrefix}-unit`}>Central-office unit</label>
            <select id={`${idPrefix}-unit`} value={value.unit} onChange={(e) => onChange({ ...value, unit: e.target.value })}>
              <option value="">None</option>
              {units
                .filter((u) => u.districtId === value.district)
                .map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
            </select>
          </span>
        </>
      )}
    </>
  );
}

/** The placement as the API takes it: a school for those who work in one, a district (and unit) for district leaders. */
export const placementBody = (p: Placement) =>
  p.role === 'district_leader' ? { role: p.role, district: p.district, ...(p.unit && { unit: p.unit }) } : { role: p.role, school: p.school };
