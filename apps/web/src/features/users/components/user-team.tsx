import { Missing } from "@/components/ui/table-cells";
import { useUser } from "../api/get-user";

/** A user's team, read with the user (the directory has no teams); for lists of a few users. */
export function UserTeam({ loginId }: { loginId: string }) {
  const user = useUser(loginId);
  if (user.data) return user.data.team ?? <Missing what="team" />;
  if (user.isError) return <Missing what="team" />;
  return <span className="text-slate-500">Loading…</span>;
}
