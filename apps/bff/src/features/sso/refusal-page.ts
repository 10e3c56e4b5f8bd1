const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * The page a person the provider vouched for, but whom Switchboard will not sign in, lands on (403):
 * plain HTML with no script or style, so the strict CSP holds, and words they can take to an admin.
 */
export function refusalPage(provider: string, why: "no-role" | "name-taken"): string {
  const name = escapeHtml(provider);
  const message =
    why === "no-role"
      ? `Your account at ${name} gives you no role in Switchboard. Ask your Switchboard administrator to add you to one of the groups Switchboard maps to a role.`
      : `Your account at ${name} cannot sign in to Switchboard: its name belongs to another Switchboard account, or the account is disabled. Ask your Switchboard administrator.`;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>No access to Switchboard</title></head>
<body>
<main>
<h1>No access to Switchboard</h1>
<p>${message}</p>
<p><a href="/sign-in">Back to sign-in</a></p>
</main>
</body>
</html>
`;
}
