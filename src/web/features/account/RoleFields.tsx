import { useDirectory } from '../../api/queries';
import { PARTNERSHIP_ROLE_LABELS } from '../../api/labels';
import { useSession } from '../../api/session';
import type { PartnershipRole } from '../../api/types';

/**
 * The role someone takes in the partnership, and a partner leader's district with it. Only
 * administrators offer the administrator's role (the server refuses it to anyone else).
 */
export function RoleFields({
  idPrefix,
  label,
  role,
  district,
  onRole,
  onDistrict,
}: {
  idPrefix: string;
  label: string;
  role: PartnershipRole;
  district: string;
  onRole: (role: PartnershipRole) => void;
  onDistrict: (district: string) => void;
}) {
  const { role: myRole } = useSession();
  const { districts } = useDirectory();
  return (
    <>
      <span className="field">
        <label htmlFor={`${idPrefix}-role`}>{label}</label>
        <select id={`${idPrefix}-role`} value={role} onChange={(e) => onRole(e.target.value as PartnershipRole)}>
          {Object.entries(PARTNERSHIP_ROLE_LABELS)
            .filter(([r]) => r !== 'admin' || myRole === 'admin')
            .map(([r, text]) => (
              <option key={r} value={r}>
                {text}
              </option>
            ))}
        </select>
      </span>
      {role === 'partner' && (
        <span className="field">
          <label htmlFor={`${idPrefix}-district`}>District</label>
          <select id={`${idPrefix}-district`} required value={district} onChange={(e) => onDistrict(e.target.value)}>
            <option value="">Choose…</option>
            {districts.map((d) => (
              <option key={d.id}>{d.name}</option>
            ))}
          </select>
        </span>
      )}
    </>
  );
}
