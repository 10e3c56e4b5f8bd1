/**
 * Sends the browser to another site (the identity provider's sign-out page): a full navigation, not
 * the router's. Its own module so that a test can stand in for it (jsdom cannot navigate away).
 */
export function leaveSiteFor(url: string): void {
  window.location.assign(url);
}
