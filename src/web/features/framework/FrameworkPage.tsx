export function FrameworkPage() {
  return <h1>FrameworkPage</h1>;
}
