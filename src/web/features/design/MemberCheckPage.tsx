export function MemberCheckPage() {
  return <h1>MemberCheckPage</h1>;
}
