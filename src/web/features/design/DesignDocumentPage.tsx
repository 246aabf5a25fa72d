export function DesignDocumentPage() {
  return <h1>DesignDocumentPage</h1>;
}
