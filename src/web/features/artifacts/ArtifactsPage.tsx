export function ArtifactsPage() {
  return <h1>ArtifactsPage</h1>;
}
