// Placeholder until SVG export lands.
export function ExportButton() {
  return <button disabled>Export SVG</button>;
}
