import { Link } from "react-router";
import { PageHeading } from "@/components/layouts/page-heading";
import { paths } from "@/config/paths";

export default function NotFoundRoute() {
  return (
    <div className="flex flex-col gap-3">
      <PageHeading title="Page not found" />
      <p className="text-slate-700">There is no page at this address.</p>
      <p>
        <Link to={paths.directory.getHref()} className="font-medium text-brand-700 underline underline-offset-2">
          Go to the Directory
        </Link>
      </p>
    </div>
  );
}
