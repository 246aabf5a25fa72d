import { Link } from 'react-router';
import { useSession } from '../../api/session';
import { PartnerAchievementPage } from './PartnerAchievementPage';

/** Student achievement: partner leaders see their district's aggregates here; the team works from each instrument's page. */
export function AchievementPage() {
  const { can, role, roleLabel } = useSession();
  if (role === 'partner' && !can.read) return <PartnerAchievementPage />;
  return (
    <>
      <h1>Student achievement</h1>
      {can.read ? (
        <p>
          The districts' achievement results are instruments of their own: open one from the <Link to="/instruments">instruments</Link> to see it by student
          group, district, school and grade, and as partner leaders see it.
        </p>
      ) : (
        <p>Achievement results are shared with the research team and the partner leaders of each district. Your role in this partnership: {roleLabel}.</p>
      )}
    </>
  );
}
