/** "Sales East, Sales West" → the team names; nothing typed → null, the whole tenant (decision 023). */
export function parseTeams(text: string): string[] | null {
  const teams = text
    .split(",")
    .map((team) => team.trim())
    .filter((team) => team !== "");
  return teams.length === 0 ? null : teams;
}

/** How the accounts list shows a scope. */
export function teamsLabel(teams: readonly string[] | null): string {
  return teams === null ? "All teams" : teams.join(", ");
}

export const TEAMS_HINT = "Comma-separated, e.g. Sales East, Sales West. Leave empty for every team.";
