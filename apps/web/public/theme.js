// Runs before the first paint (a classic script in <head>, same origin: no CSP change): the colour
// theme chosen in this browser ("light", "dark", or the system's when none), as a class on <html>.
// src/lib/theme.ts keeps it up to date afterwards; both read the same localStorage key.
(function () {
  var choice = null;
  try {
    choice = window.localStorage.getItem("switchboard.theme");
  } catch {
    // Storage blocked: follow the system.
  }
  var dark = choice === "dark" || (choice !== "light" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", dark);
})();
