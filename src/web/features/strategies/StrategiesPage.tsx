export function StrategiesPage() {
  return <h1>StrategiesPage</h1>;
}
