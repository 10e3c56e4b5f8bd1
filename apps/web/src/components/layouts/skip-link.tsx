export const MAIN_CONTENT_ID = "main-content";

/**
 * The first thing a keyboard reaches. It moves focus itself instead of following the fragment,
 * which the router would treat as a navigation (and which would leave "#main-content" in the URL).
 */
export function SkipLink() {
  return (
    <a
      href={`#${MAIN_CONTENT_ID}`}
      onClick={(event) => {
        const main = document.getElementById(MAIN_CONTENT_ID);
        if (!main) return;
        event.preventDefault();
        main.focus();
        main.scrollIntoView();
      }}
      className="sr-only z-50 rounded-md bg-white px-4 py-2 font-medium text-brand-800 shadow-lg focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus-visible:outline-2 focus-visible:outline-brand-600"
    >
      Skip to main content
    </a>
  );
}
