// Skip links: the first Tabs on the page, shown only when focused, so a keyboard
// user can jump to the map, the timeline or the details instead of tabbing through
// every node button. They move the focus themselves: the URL's hash holds the view
// (hashSync.ts), so an in-page "#timeline" must never reach it.

export const SKIP_TARGETS = [
  { id: 'map', label: 'Skip to map' },
  { id: 'timeline', label: 'Skip to timeline' },
  { id: 'details', label: 'Skip to details' },
] as const;

export function SkipLinks() {
  return (
    <nav className="skip-links" aria-label="Skip links">
      {SKIP_TARGETS.map(({ id, label }) => (
        <a
          key={id}
          href={`#${id}`}
          onClick={(e) => {
            e.preventDefault();
            document.getElementById(id)?.focus();
          }}
        >
          {label}
        </a>
      ))}
    </nav>
  );
}
